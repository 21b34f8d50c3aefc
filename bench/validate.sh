#!/bin/sh
# Benchmark: `opdl validate` with every rule on, against ajv checking only the published JSON
# Schema, on the same generated listings (100k and 1M, about 5% invalid in varied ways), as whole
# processes timed with /usr/bin/time -v. Two peers: the main yardstick is ajv at its best, a small
# Node script (ajv-ndjson.mjs) that compiles the schema once and validates each NDJSON line with
# ajv 8 and ajv-formats; the second is ajv-cli, which cannot read NDJSON, so it gets the same
# listings as JSON arrays (100k listings each) and a wrapper schema with --all-errors.
# Usage: bench/validate.sh [SIZES...]   (default: 100000 1000000). Needs Java 17, Maven, Node and npm.
set -eu
here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
root=$(dirname "$here")
work="$here/target"
mkdir -p "$work"
sizes=${*:-"100000 1000000"}

# opdl runs through its launcher, as users run it: the launcher picks the JIT by input size (see
# docs/validator.md) and uses the class-data-sharing archive. One run first builds it if stale.
"$root/opdl" --version >/dev/null
if [ ! -x "$here/node_modules/.bin/ajv" ] || [ ! -d "$here/node_modules/ajv/dist" ]; then
  (cd "$here" && npm install --silent --no-audit --no-fund --prefix "$here" ajv-cli@5.0.0 ajv@8.17.1 ajv-formats@3.0.1 >/dev/null)
fi

schema_dir="$root/schema/src/main/resources/org/opdl/schema/0.2"
cat > "$work/listings-array.schema.json" <<JSON
{"\$schema": "https://json-schema.org/draft/2020-12/schema", "type": "array",
 "items": {"\$ref": "https://w3id.org/opdl/schema/0.2/listing.schema.json"}}
JSON

measure() { # label, command...
  label=$1; shift
  /usr/bin/time -v "$@" >"$work/out.txt" 2>"$work/time.txt" || true
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$work/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ {print int($2/1024)}' "$work/time.txt")
  cpu=$(awk -F': ' '/User time|System time/ {s+=$2} END {print s}' "$work/time.txt")
  echo "$label $secs $rss $cpu"
}

# opdl runs with the launcher's own JVM options, as users run it; OPDL_JAVA_OPTS, when set, is passed
# on (for example "-XX:+UseParallelGC -Xms256m -Xmx256m -XX:+AlwaysPreTouch" shows that a million
# listings fit in the same fixed heap as 100,000).

# The machine may be shared: CPU seconds (user + system) are reported beside wall-clock seconds.
printf '%-8s %-6s %10s %12s %10s %10s\n' size tool seconds listings/s peakMiB cpuSeconds
ratios=""; first_rss=""; first_n=""
for n in $sizes; do
  nd="$work/listings-$n.ndjson"; arr="$work/listings-$n-array"
  [ -f "$nd" ] || python3 "$here/generate.py" "$n" "$nd" "$arr" \
      "$root/validator/src/main/resources/org/opdl/validator/conformance/base-listing.json"
  set -- $(measure opdl "$root/opdl" validate "$nd" --as-of 2025-02-01 --format json)
  printf '%-8s %-6s %10s %12.0f %10s %10s\n' "$n" opdl "$2" "$(echo "$n / $2" | bc -l)" "$3" "$4"
  o_secs=$2; o_rss=$3; o_cpu=$4
  [ -n "$first_rss" ] || { first_rss=$3; first_n=$n; }
  set -- $(measure ajv8 node "$here/ajv-ndjson.mjs" "$schema_dir" "$nd")
  printf '%-8s %-6s %10s %12.0f %10s %10s\n' "$n" ajv8 "$2" "$(echo "$n / $2" | bc -l)" "$3" "$4"
  ratios="$ratios$(printf '%s listings: opdl/ajv-at-its-best listings per second %.2f (wall), %.2f (CPU); peak memory opdl/ajv %.2f\n' \
      "$n" "$(echo "$2 / $o_secs" | bc -l)" "$(echo "$4 / $o_cpu" | bc -l)" "$(echo "$o_rss / $3" | bc -l)")
"
  set -- $(measure ajv "$here/node_modules/.bin/ajv" validate --spec=draft2020 -c ajv-formats --strict=false \
      --all-errors --errors=no -s "$work/listings-array.schema.json" -r "$schema_dir/listing.schema.json" \
      -d "$arr-*.json")
  printf '%-8s %-6s %10s %12.0f %10s %10s\n' "$n" ajv "$2" "$(echo "$n / $2" | bc -l)" "$3" "$4"
  ratios="$ratios$(printf '%s listings: opdl/ajv-cli listings per second %.2f (wall), %.2f (CPU); peak %s MiB\n' \
      "$n" "$(echo "$2 / $o_secs" | bc -l)" "$(echo "$4 / $o_cpu" | bc -l)" "$o_rss")
"
done
printf '%s' "$ratios"
[ "$first_n" = "$n" ] || printf 'opdl peak memory, %s listings / %s listings: %.2f\n' "$n" "$first_n" "$(echo "$o_rss / $first_rss" | bc -l)"

# Cold start on a one-listing file, through the launcher with its own JVM options only.
unset OPDL_JAVA_OPTS
cold() { printf 'cold start, one listing: opdl/ajv at its best %.2f (wall; at or under 1 is the target)\n' "$(echo "$1 / $2" | bc -l)"; }
one="$work/one.json"
cp "$root/validator/src/main/resources/org/opdl/validator/conformance/base-listing.json" "$one"
echo '{"$schema": "https://json-schema.org/draft/2020-12/schema", "$ref": "https://w3id.org/opdl/schema/0.2/listing.schema.json"}' > "$work/one.schema.json"
set -- $(measure opdl "$root/opdl" validate "$one" --as-of 2025-02-01)
echo "cold start, one listing: opdl ${2}s ${3}MiB (cpu ${4}s)"
opdl_cold=$2
set -- $(measure ajv "$here/node_modules/.bin/ajv" validate --spec=draft2020 -c ajv-formats --strict=false \
    --all-errors -s "$work/one.schema.json" -r "$schema_dir/listing.schema.json" -d "$one")
echo "cold start, one listing: ajv-cli ${2}s ${3}MiB (cpu ${4}s)"
tr -d '\n' <"$one" >"$work/one.ndjson"; echo >>"$work/one.ndjson"
set -- $(measure ajv8 node "$here/ajv-ndjson.mjs" "$schema_dir" "$work/one.ndjson")
echo "cold start, one listing: ajv at its best ${2}s ${3}MiB (cpu ${4}s)"
cold "$opdl_cold" "$2"
