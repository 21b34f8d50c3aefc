#!/bin/sh
# Benchmark of opdl convert, as whole processes: NDJSON -> N-Triples and CSV -> NDJSON at 1k, 100k
# and 1M generated listings in a 256 MB heap, against a floor (bench/floor/Floor.java: Jackson +
# Jena streaming the same triples with no checks). Prints listings per second, peak RSS and the
# ratio to the floor (the files are trusted, so --max-file-size is raised above the 2 GiB default). Usage: bench/convert.sh [SIZES...]   (default: 1000 100000 1000000)
set -eu
root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
jar="$root/cli/target/opdl.jar"
work="$root/bench/target"
sizes=${*:-"1000 100000 1000000"}
heap=-Xmx256m
mkdir -p "$work/classes"

if [ ! -f "$jar" ]; then
  (cd "$root" && mvn -B -q -o -DskipTests -pl cli -am package)
fi
# The generator is the one the round-trip tests use; the floor is compiled against the same jars.
javac -nowarn -d "$work/classes" -cp "$jar" \
  "$root/schema/src/test/java/org/opdl/schema/convert/ListingCorpus.java" "$root/bench/floor/Floor.java"
cp="$jar:$work/classes"

# run NAME COMMAND...: runs the command under /usr/bin/time -v; sets $secs and $rss_mb.
run() {
  name=$1; shift
  /usr/bin/time -v "$@" 2> "$work/$name.time" > /dev/null || { cat "$work/$name.time" >&2; exit 1; }
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$work/$name.time")
  rss_mb=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$work/$name.time")
}

rate() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.0f", (s > 0 ? n / s : 0) }'; }

printf '%-9s %-16s %10s %12s %10s\n' listings conversion seconds listings/s peak-MB
for n in $sizes; do
  # Generation is deterministic, so files left by an earlier run are reused.
  [ -s "$work/$n.ndjson" ] || java -cp "$cp" org.opdl.schema.convert.ListingCorpus "$n" 42 > "$work/$n.ndjson"
  [ -s "$work/$n.csv" ] || java $heap -jar "$jar" convert --max-file-size 8000000000 "$work/$n.ndjson" --to csv -o "$work/$n.csv" 2> /dev/null

  run "opdl-nt-$n" java $heap -jar "$jar" convert --max-file-size 8000000000 "$work/$n.ndjson" --to nt -o "$work/$n.nt" --force
  opdl_rate=$(rate "$n" "$secs"); printf '%-9s %-16s %10s %12s %10s\n' "$n" "ndjson->nt" "$secs" "$opdl_rate" "$rss_mb"

  run "floor-nt-$n" java $heap -cp "$cp" Floor "$work/$n.ndjson" "$work/$n.floor.nt"
  floor_rate=$(rate "$n" "$secs"); printf '%-9s %-16s %10s %12s %10s\n' "$n" "floor ndjson->nt" "$secs" "$floor_rate" "$rss_mb"

  run "opdl-csv-$n" java $heap -jar "$jar" convert --max-file-size 8000000000 "$work/$n.csv" --to ndjson -o "$work/$n.back.ndjson" --force
  printf '%-9s %-16s %10s %12s %10s\n' "$n" "csv->ndjson" "$secs" "$(rate "$n" "$secs")" "$rss_mb"

  awk -v a="$opdl_rate" -v b="$floor_rate" -v n="$n" 'BEGIN { printf "%-9s ratio opdl/floor (ndjson->nt): %.2f (target >= 0.70)\n", n, (b > 0 ? a / b : 0) }'
  [ "$n" -ge 1000000 ] && rm -f "$work/$n.nt" "$work/$n.floor.nt" "$work/$n.back.ndjson"
done
