#!/bin/sh
# Benchmark: `opdl match` on generated listings (the varied listings of ListingCorpus, the generator the
# round-trip tests use; 100,000 by default), as whole processes timed with /usr/bin/time -v. A match on a
# one-listing dataset in the same run measures the cold start, so that "after start" is
# wall(SIZE) - wall(1); `opdl convert --to ndjson` of the same file is the peer, a read and a write
# of every listing. Prints wall and CPU seconds, peak memory and the answer's size, and the load
# of the machine (it is shared: figures move with it).
# Usage: bench/match.sh [SIZE] [MATCH OPTIONS...]   (default: 100000). Needs Java 17 and Maven.
set -eu
here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
root=$(dirname "$here")
work="$here/target"
mkdir -p "$work/classes"
size=${1:-100000}
[ $# -gt 0 ] && shift

"$root/opdl" --version >/dev/null
jar="$root/cli/target/opdl.jar"
corpus() { # count: the listings, one a line, after the dataset's own fields
  [ -s "$work/match-$1.ndjson" ] && return
  [ -f "$work/classes/org/opdl/schema/convert/ListingCorpus.class" ] || javac -nowarn -d "$work/classes" -cp "$jar" \
      "$root/schema/src/test/java/org/opdl/schema/convert/ListingCorpus.java"
  java -cp "$jar:$work/classes" org.opdl.schema.convert.ListingCorpus "$1" 42 >"$work/match-$1.ndjson"
}
corpus 1
corpus "$size"
printf '{"completedWorks": 2, "credits": 1, "yearsOfPractice": 3, "region": "CA-QC", "languages": ["fr", "en"], "date": "2025-02-01"}\n' \
    >"$work/match-profile.json"

measure() { # label, command...: prints label, wall seconds, CPU seconds, peak MiB
  label=$1; shift
  /usr/bin/time -v "$@" >"$work/match-out.txt" 2>"$work/match-time.txt" || { cat "$work/match-time.txt" >&2; exit 1; }
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$work/match-time.txt")
  cpu=$(awk -F': ' '/User time|System time/ {s+=$2} END {print s}' "$work/match-time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ {print int($2/1024)}' "$work/match-time.txt")
  bytes=$(wc -c <"$work/match-out.txt")
  printf '%-12s %8s %8s %8s %12s\n' "$label" "$secs" "$cpu" "$rss" "$bytes"
}

echo "load: $(uptime | sed 's/.*load average/load average/')"
printf '%-12s %8s %8s %8s %12s   (%s listings)\n' run wall-s cpu-s peak-MiB answer-bytes "$size"
start=$(measure match-1 "$root/opdl" match --profile "$work/match-profile.json" "$@" "$work/match-1.ndjson")
echo "$start"
full=$(measure match "$root/opdl" match --profile "$work/match-profile.json" "$@" "$work/match-$size.ndjson")
echo "$full"
peer=$(measure convert "$root/opdl" convert -q --to ndjson -o "$work/match-copy.ndjson" --force "$work/match-$size.ndjson")
echo "$peer"
echo "$start $full $peer" | awk '{printf "after start: %.2f s (target < 2); match/convert time ratio: %.2f\n", $7 - $2, $7 / $12}'
