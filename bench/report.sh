#!/bin/sh
# Benchmark: `opdl report` against `opdl validate` on the same generated listings (bench/generate.py,
# 100,000 by default), as whole processes timed with /usr/bin/time -v, both in the same fixed,
# pre-touched 256 MiB heap, so that peak memory shows whether the report needs more than a validation. Prints each run's wall time,
# peak memory and CPU time, and the ratio of the report's time to the validation's (the target is
# under 2). When opdl has a `match` command, times it on the same listings too.
# Usage: bench/report.sh [SIZE]   (default: 100000). Needs Java 17, Maven and Python 3.
set -eu
here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
root=$(dirname "$here")
work="$here/target"
mkdir -p "$work"
size=${1:-100000}

"$root/opdl" --version >/dev/null
ndjson="$work/listings-$size.ndjson"
if [ ! -s "$ndjson" ]; then
  python3 "$here/generate.py" "$size" "$ndjson" "$work/listings-$size-array" \
      "$root/validator/src/main/resources/org/opdl/validator/conformance/base-listing.json" >/dev/null
fi

measure() { # label, command...
  label=$1; shift
  /usr/bin/time -v "$@" >"$work/out.txt" 2>"$work/time.txt" || true
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$work/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ {print int($2/1024)}' "$work/time.txt")
  cpu=$(awk -F': ' '/User time|System time/ {s+=$2} END {print s}' "$work/time.txt")
  echo "$label $secs $rss $cpu"
}

export OPDL_JAVA_OPTS="-XX:+UseParallelGC -Xms256m -Xmx256m -XX:+AlwaysPreTouch"
echo "run seconds peak-MiB cpu-seconds ($size listings)"
v=$(measure validate "$root/opdl" validate -q --format json --as-of 2025-02-01 "$ndjson")
echo "$v"
r=$(measure report "$root/opdl" report -q --format json --as-of 2025-02-01 -o "$work/landscape.json" --force "$ndjson")
echo "$r"
echo "$v $r" | awk '{printf "report/validate time ratio: %.2f (target < 2)\n", $6 / $2}'
if "$root/opdl" match --help >/dev/null 2>&1; then
  printf '{"completedWorks": 2, "credits": 1, "yearsOfPractice": 3, "region": "CA-QC", "languages": ["fr"]}\n' > "$work/profile.json"
  measure match "$root/opdl" match --profile "$work/profile.json" --format json "$ndjson"
fi
