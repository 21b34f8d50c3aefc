#!/bin/sh
# Benchmark of opdl publish, as whole processes: N generated listings (default 100,000) published
# to an embedded Fuseki (on a loopback port, in its own JVM; STORE=tdb2 (the default) for a TDB2 database
# made first in bench/target, STORE=tdb2-memory for TDB2 in memory, STORE=memory for the in-memory dataset
# the integration tests use, STORE=general for the general in-memory dataset, which cannot roll back; FUSEKI_HEAP for its heap, 6g by default) against opdl convert
# of the same NDJSON file to N-Triples. publish reads the dataset once, validating it while it writes
# one N-Triples file per provider, then sends every graph in one SPARQL Update request (one
# transaction), so the ratio publish/convert is the cost of validating and of the store loading the
# triples; the store's own CPU seconds are printed apart. Target: under 3x. Usage: bench/publish.sh [N]
set -eu
root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
work="$root/bench/target"
n=${1:-100000}
heap=-Xmx1g
bench_java="$root/bench/fuseki/Serve.java"
. "$root/bench/fuseki/prepare.sh"

# run NAME COMMAND...: runs the command under /usr/bin/time -v; sets $secs and $rss_mb.
run() {
  name=$1; shift
  /usr/bin/time -v "$@" 2> "$work/$name.time" > /dev/null || { cat "$work/$name.time" >&2; exit 1; }
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$work/$name.time")
  rss_mb=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$work/$name.time")
}

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
store=${STORE:-tdb2}
if [ "$store" = tdb2 ]; then store="$work/fuseki-db"; rm -rf "$store"; mkdir -p "$store"; fi
java -Xmx${FUSEKI_HEAP:-6g} -cp "$work/classes:$fcp" -Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider Serve "$port" "$store" > "$work/fuseki.out" 2>&1 &
fuseki=$!
trap 'kill $fuseki 2>/dev/null || true' EXIT INT TERM
i=0; until grep -q ready "$work/fuseki.out"; do i=$((i + 1)); [ $i -lt 300 ] || { cat "$work/fuseki.out" >&2; exit 1; }; sleep 0.1; done

echo "store ${STORE:-tdb2}, heap ${FUSEKI_HEAP:-6g}; $(uptime)"
printf '%-9s %-22s %10s %12s %10s\n' listings command seconds listings/s peak-MB
run "convert-nt-$n" java $heap -jar "$jar" convert --max-file-size 8000000000 "$work/$n.ndjson" --to nt -o "$work/$n.nt" --force
convert=$secs; printf '%-9s %-22s %10s %12.0f %10s\n' "$n" "convert ndjson->nt" "$secs" "$(echo "$n / $secs" | bc -l)" "$rss_mb"
fuseki_cpu() { awk '{ print ($14 + $15) / 100 }' "/proc/$fuseki/stat"; }
store0=$(fuseki_cpu)
run "publish-$n" java $heap -jar "$jar" publish --max-file-size 8000000000 --as-of 2025-02-01 --allow-errors --replace \
    --timeout 1800 "$work/$n.ndjson" --to "http://localhost:$port/opdl"
store_cpu=$(echo "$(fuseki_cpu) - $store0" | bc)
publish=$secs; printf '%-9s %-22s %10s %12.0f %10s\n' "$n" "publish to Fuseki" "$secs" "$(echo "$n / $secs" | bc -l)" "$rss_mb"
awk -v p="$publish" -v c="$convert" -v n="$n" 'BEGIN { printf "%-9s ratio publish/convert: %.2f (target < 3)\n", n, (c > 0 ? p / c : 0) }'
cpu() { awk -F': ' '/User time|System time/ {s+=$2} END {print s}' "$1"; }
echo "CPU seconds: convert $(cpu "$work/convert-nt-$n.time"), publish (opdl side) $(cpu "$work/publish-$n.time"), the store while publishing $store_cpu"
echo "$(uptime)"
