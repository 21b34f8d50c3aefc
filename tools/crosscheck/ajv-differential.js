// The verdict of ajv (8, draft 2020-12, ajv-formats in full mode) on each listing of an NDJSON file,
// for the differential test of the validator's schema layer.
// Usage: node ajv-differential.js SCHEMA_DIR FILE.ndjson   Prints one character a listing, in order:
// 1 when the listing conforms to listing.schema.json, 0 when it does not. Exit 2 when a schema does not compile.
'use strict';
const fs = require('fs');
const path = require('path');
const Ajv2020 = require('ajv/dist/2020');
const addFormats = require('ajv-formats');

const [schemaDir, file] = process.argv.slice(2);
const ajv = new Ajv2020({ strict: true, allErrors: false });
addFormats(ajv);
let listing;
try {
  const listingSchema = JSON.parse(fs.readFileSync(path.join(schemaDir, 'listing.schema.json'), 'utf8'));
  ajv.addSchema(listingSchema);
  listing = ajv.getSchema(listingSchema.$id);
} catch (e) {
  console.error('ajv: ' + e.message);
  process.exit(2);
}
const out = [];
for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
  if (line.length > 0) {
    out.push(listing(JSON.parse(line)) ? '1' : '0');
  }
}
process.stdout.write(out.join('') + '\n');
