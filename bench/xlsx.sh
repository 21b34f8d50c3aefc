#!/bin/sh
# Benchmark of reading a workbook against reading the same listings as CSV, as whole processes:
# opdl convert X.csv --to ndjson and X.xlsx --to ndjson, at 10k generated listings by default, in a
# 256 MB heap. Prints wall seconds (best of 3), the ratio XLSX/CSV (target: at most 2), CPU seconds
# (user + system, least of 3) and their ratio, which a loaded machine disturbs less, and peak RSS,
# which should stay flat as the workbook grows. Usage: bench/xlsx.sh [SIZES...]   (default: 10000)
# OPDL_JAR=other.jar bench/xlsx.sh measures another build of the tool (A/B runs of two builds).
set -eu
root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
jar=${OPDL_JAR:-"$root/cli/target/opdl.jar"}
work="$root/bench/target"
sizes=${*:-"10000"}
heap=-Xmx256m
mkdir -p "$work/classes"

if [ ! -f "$jar" ] && [ -z "${OPDL_JAR:-}" ]; then
  (cd "$root" && mvn -B -q -o -DskipTests -pl cli -am package)
fi
javac -nowarn -d "$work/classes" -cp "$jar" "$root/schema/src/test/java/org/opdl/schema/convert/ListingCorpus.java"
cp="$jar:$work/classes"

# best NAME COMMAND...: runs the command three times under /usr/bin/time -v; sets $secs (best), $cpu
# (least user + system seconds) and $rss_mb (largest).
best() {
  name=$1; shift
  secs=""; cpu=""; rss_mb=0
  for i in 1 2 3; do
    /usr/bin/time -v "$@" 2> "$work/$name.time" > /dev/null || { cat "$work/$name.time" >&2; exit 1; }
    s=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$work/$name.time")
    r=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$work/$name.time")
    c=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$work/$name.time")
    cpu=$(awk -v a="$cpu" -v b="$c" 'BEGIN { print (a == "" || b < a) ? b : a }')
    secs=$(awk -v a="$secs" -v b="$s" 'BEGIN { print (a == "" || b < a) ? b : a }')
    rss_mb=$(awk -v a="$rss_mb" -v b="$r" 'BEGIN { print (b > a) ? b : a }')
  done
}

uptime
printf '%-9s %-6s %10s %10s %10s %10s %10s\n' listings input seconds ratio cpu-s cpu-ratio peak-MB
for n in $sizes; do
  [ -s "$work/$n.ndjson" ] || java -cp "$cp" org.opdl.schema.convert.ListingCorpus "$n" 42 > "$work/$n.ndjson"
  [ -s "$work/$n.csv" ] || java $heap -jar "$jar" convert "$work/$n.ndjson" --to csv -o "$work/$n.csv" 2> /dev/null
  [ -s "$work/$n.xlsx" ] || java $heap -jar "$jar" convert "$work/$n.ndjson" --to xlsx -o "$work/$n.xlsx" 2> /dev/null
  best "csv-$n" java $heap -jar "$jar" convert "$work/$n.csv" --to ndjson -o "$work/$n.back-csv.ndjson" --force
  csv_secs=$secs; csv_cpu=$cpu
  printf '%-9s %-6s %10s %10s %10s %10s %10s\n' "$n" csv "$secs" 1.00 "$cpu" 1.00 "$rss_mb"
  best "xlsx-$n" java $heap -jar "$jar" convert "$work/$n.xlsx" --to ndjson -o "$work/$n.back-xlsx.ndjson" --force
  printf '%-9s %-6s %10s %10s %10s %10s %10s\n' "$n" xlsx "$secs" "$(awk -v a="$secs" -v b="$csv_secs" 'BEGIN { printf "%.2f", a / b }')" \
    "$cpu" "$(awk -v a="$cpu" -v b="$csv_cpu" 'BEGIN { printf "%.2f", a / b }')" "$rss_mb"
done
