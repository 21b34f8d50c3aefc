#!/usr/bin/env python3
"""Writes N listings as NDJSON, and the same listings as JSON arrays of at most 100,000 listings
for ajv-cli (which cannot read NDJSON, and whose JSON.parse cannot take a string of a gigabyte),
about 5% of them invalid in varied ways. Deterministic for a given N.
Usage: generate.py N out.ndjson array-prefix base-listing.json (arrays are array-prefix-K.json)."""
import copy, json, random, sys

n, ndjson_path, array_path = int(sys.argv[1]), sys.argv[2], sys.argv[3]
base = json.load(open(sys.argv[4], encoding="utf-8"))
rnd = random.Random(42)

def spoil(listing, kind):
    if kind == 0:
        listing["carrerStages"] = ["emerging"]                      # unknown property
    elif kind == 1:
        del listing["contact"]                                     # required field missing
    elif kind == 2:
        listing["programTypes"] = ["mentorshp"]                    # unknown code
    elif kind == 3:
        listing["intakes"][0]["endDate"] = "2025-03-01"             # end before start
    elif kind == 4:
        listing["contact"]["email"] = "labs at example.org"        # malformed email
    elif kind == 5:
        listing["lastUpdated"] = "10/01/2025"                       # bad date-time
    elif kind == 6:
        listing["fees"][0]["amount"]["currency"] = "CDN"            # unknown currency
    elif kind == 7:
        listing["eligibility"]["minAge"] = 40; listing["eligibility"]["maxAge"] = 18

CHUNK = 100_000
with open(ndjson_path, "w", encoding="utf-8") as nd:
    arr = None
    for i in range(n):
        if i % CHUNK == 0:
            if arr:
                arr.write("]\n")
                arr.close()
            arr = open(f"{array_path}-{i // CHUNK}.json", "w", encoding="utf-8")
            arr.write("[\n")
        listing = copy.deepcopy(base)
        listing["id"] = f"listing:bench/program-{i}"
        listing["title"]["en"] = f"Producers Lab {i}"
        listing["title"]["fr"] = f"Laboratoire des producteurs {i}"
        if rnd.random() < 0.05:
            spoil(listing, rnd.randrange(8))
        line = json.dumps(listing, ensure_ascii=False, separators=(",", ":"))
        nd.write(line + "\n")
        arr.write(line + (",\n" if (i + 1) % CHUNK and i + 1 < n else "\n"))
    arr.write("]\n")
    arr.close()
