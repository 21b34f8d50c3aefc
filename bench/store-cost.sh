#!/bin/sh
# Where a store's time goes when it loads opdl's publication: converts N generated listings (default
# 10,000) to N-Triples with opdl convert (timed with /usr/bin/time -v), then runs
# bench/fuseki/StoreCost.java over those triples in one JVM: the CPU seconds of Jena's N-Triples and
# SPARQL Update parsers alone, and of each feeding the in-memory dataset (TIM), TDB2 on disk and the
# general in-memory dataset, in one write transaction. STEP keeps only the steps whose name holds
# it (such as "N-Triples into general"). Usage: bench/store-cost.sh [N [STEP]]
set -eu
root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
jar="$root/cli/target/opdl.jar"
work="$root/bench/target"
n=${1:-10000}
step=${2:-}
mkdir -p "$work/classes"

if [ ! -f "$jar" ]; then
  (cd "$root" && mvn -B -q -o -DskipTests -Dmaven.javadoc.skip=true -pl cli -am package)
fi
# Jena's store classes come from the cli module's test class path, as for bench/publish.sh.
[ -s "$work/fuseki.classpath" ] || (cd "$root" && mvn -B -q -o -pl cli -am test-compile dependency:build-classpath \
    -Dmaven.javadoc.skip=true -Dmdep.includeScope=test -Dmdep.outputFile="$work/fuseki.classpath" >/dev/null)
fcp="$(cat "$work/fuseki.classpath")"
javac -nowarn -d "$work/classes" -cp "$jar:$fcp" \
  "$root/schema/src/test/java/org/opdl/schema/convert/ListingCorpus.java" "$root/bench/fuseki/StoreCost.java"
[ -s "$work/$n.ndjson" ] || java -cp "$jar:$work/classes" org.opdl.schema.convert.ListingCorpus "$n" 42 > "$work/$n.ndjson"

/usr/bin/time -v java -Xmx1g -jar "$jar" convert --max-file-size 8000000000 "$work/$n.ndjson" --to nt \
    -o "$work/$n.nt" --force 2> "$work/store-cost-convert.time" > /dev/null
awk -F': ' '/User time|System time/ { s += $2 } /Elapsed \(wall clock\)/ { w = $2 }
    END { printf "opdl convert of %s listings to N-Triples: %.2f CPU seconds, %s wall\n", n, s, w }' n="$n" "$work/store-cost-convert.time"
rm -rf "$work/store-cost-tdb2"; mkdir -p "$work/store-cost-tdb2"
java -Xmx${STORE_HEAP:-6g} -cp "$work/classes:$fcp" -Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider \
    StoreCost "$work/$n.nt" "$work/store-cost-tdb2" "$step"
