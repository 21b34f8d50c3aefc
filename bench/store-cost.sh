#!/bin/sh
# Where a store's time goes when it loads opdl's publication: converts N generated listings (default
# 10,000) to N-Triples with opdl convert (timed with /usr/bin/time -v), then runs
# bench/fuseki/StoreCost.java over those triples in one JVM: the CPU seconds of Jena's N-Triples and
# SPARQL Update parsers alone, and of each feeding the in-memory dataset (TIM), TDB2 on disk and the
# general in-memory dataset, in one write transaction. STEP keeps only the steps whose name holds
# it (such as "N-Triples into general"). Usage: bench/store-cost.sh [N [STEP]]
set -eu
root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
work="$root/bench/target"
n=${1:-10000}
step=${2:-}
bench_java="$root/bench/fuseki/StoreCost.java"
. "$root/bench/fuseki/prepare.sh"

/usr/bin/time -v java -Xmx1g -jar "$jar" convert --max-file-size 8000000000 "$work/$n.ndjson" --to nt \
    -o "$work/$n.nt" --force 2> "$work/store-cost-convert.time" > /dev/null
awk -F': ' '/User time|System time/ { s += $2 } /Elapsed \(wall clock\)/ { w = $2 }
    END { printf "opdl convert of %s listings to N-Triples: %.2f CPU seconds, %s wall\n", n, s, w }' n="$n" "$work/store-cost-convert.time"
rm -rf "$work/store-cost-tdb2"; mkdir -p "$work/store-cost-tdb2"
java -Xmx${STORE_HEAP:-6g} -cp "$work/classes:$fcp" -Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider \
    StoreCost "$work/$n.nt" "$work/store-cost-tdb2" "$step"
