#!/usr/bin/env bash
# Fuzzes one target with Jazzer for a number of minutes.
#
#   bench/fuzz.sh TARGET MINUTES
#
# TARGET is one of the names below. New coverage goes to <module>/.cifuzz-corpus/ (not committed);
# a crash is written into the target's inputs folder under src/test/resources, where plain
# `mvn test` replays it from then on: fix the code, keep the input, commit both.
# Runs one target at a time; it uses one core. The last lines of the log give the executions.
set -euo pipefail

usage() {
  echo "usage: bench/fuzz.sh TARGET MINUTES" >&2
  echo "targets: ${!TARGETS[*]}" >&2
  exit 2
}

declare -A TARGETS=(
  [jsonld]="schema org.opdl.schema.fuzz.SchemaFuzzTest#jsonLd"
  [schema]="schema org.opdl.schema.fuzz.SchemaFuzzTest#listingSchema"
  [json]="schema org.opdl.schema.fuzz.ReaderFuzzTest#json"
  [ndjson]="schema org.opdl.schema.fuzz.ReaderFuzzTest#ndjson"
  [csv]="schema org.opdl.schema.fuzz.ReaderFuzzTest#csv"
  [turtle]="schema org.opdl.schema.fuzz.ReaderFuzzTest#turtle"
  [ntriples]="schema org.opdl.schema.fuzz.ReaderFuzzTest#nTriples"
  [jsonld-reader]="schema org.opdl.schema.fuzz.ReaderFuzzTest#jsonLd"
  [rdfxml]="schema org.opdl.schema.fuzz.ReaderFuzzTest#rdfXml"
  [xlsx]="schema org.opdl.schema.fuzz.ReaderFuzzTest#xlsx"
  [validator]="validator org.opdl.validator.fuzz.ValidatorFuzzTest#validate"
)

[[ $# -eq 2 ]] || usage
[[ -n "${TARGETS[$1]:-}" ]] || usage
[[ "$2" =~ ^[0-9]+$ && "$2" -gt 0 ]] || usage

read -r module test <<<"${TARGETS[$1]}"
# Coverage guidance needs the libraries instrumented too, not only our classes (Jazzer's default).
instrument="org.opdl.**,tools.jackson.core.**,tools.jackson.databind.**,org.apache.jena.riot.**,org.apache.jena.irix.**"
instrument+=",org.apache.jena.rdfxml.**,com.apicatalog.**,org.glassfish.json.**,org.apache.commons.csv.**,com.networknt.**"
root="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$root/bench/out"
log="$root/bench/out/fuzz-$1-$(date +%Y%m%d-%H%M%S).log"
echo "fuzzing $test for $2 minute(s); log: $log"

cd "$root"
# test-compile builds the module and what it needs; the fuzz-regression execution of surefire
# then runs the one target with JAZZER_FUZZ set (see the parent pom).
JAZZER_MAX_DURATION="${2}m" JAZZER_INSTRUMENT="$instrument" mvn -B -o -pl "$module" -am test-compile \
    "surefire:test@fuzz-regression" \
    -Dopdl.fuzz=1 -Djazzer.max_duration="${2}m" -Djazzer.instrument="$instrument" \
    -Dopdl.fuzz.test="$test" -DargLine="-Xmx1g -Xss1m" \
    >"$log" 2>&1 && status=0 || status=$?

grep -E "^#[0-9]+.*(DONE|pulse|NEW|REDUCE)" "$log" | tail -3 || true
grep -E "Done [0-9]+ runs|stat::number_of_executed_units|== Java Exception|FuzzTestFindingException|BUILD (SUCCESS|FAILURE)" "$log" | tail -5 || true
exit "$status"
