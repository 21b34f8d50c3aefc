// Compiles the OPDL JSON Schemas with ajv in strict mode and validates files against them.
// Usage: node ajv-check.js SCHEMA_DIR FILE...  Prints one JSON line per file:
// {"file": ..., "valid": true|false, "errors": [...]}. Exit 2 when a schema does not compile.
'use strict';
const fs = require('fs');
const path = require('path');
const Ajv2020 = require('ajv/dist/2020');
const addFormats = require('ajv-formats');

const [schemaDir, ...files] = process.argv.slice(2);
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
let listing, dataset;
try {
  const listingSchema = JSON.parse(fs.readFileSync(path.join(schemaDir, 'listing.schema.json'), 'utf8'));
  const datasetSchema = JSON.parse(fs.readFileSync(path.join(schemaDir, 'dataset.schema.json'), 'utf8'));
  ajv.addSchema(listingSchema);
  ajv.addSchema(datasetSchema);
  listing = ajv.getSchema(listingSchema.$id);
  dataset = ajv.getSchema(datasetSchema.$id);
} catch (e) {
  console.error('ajv: ' + e.message);
  process.exit(2);
}
console.log(JSON.stringify({ compiled: true }));
for (const file of files) {
  const data = JSON.parse(fs.readFileSync(file, 'utf8'));
  const validate = path.basename(file).startsWith('dataset') ? dataset : listing;
  const valid = validate(data);
  console.log(JSON.stringify({ file, valid, errors: valid ? [] : validate.errors.map(e => e.instancePath + ' ' + e.message) }));
}
