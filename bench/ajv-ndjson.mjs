// The benchmark's main yardstick: ajv 8 used as a developer would in a pipeline. The published
// listing schema is compiled once, then every NDJSON line is parsed and validated, and each invalid
// line is printed with its first error. Default ajv options (no allErrors): its fastest correct verdict.
// Usage: node bench/ajv-ndjson.mjs SCHEMA_DIR FILE.ndjson
import { readFileSync, createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const Ajv2020 = require("ajv/dist/2020").default;
const addFormats = require("ajv-formats").default;

const [schemaDir, file] = process.argv.slice(2);
const ajv = new Ajv2020({ strict: false });
addFormats(ajv);
const schema = JSON.parse(readFileSync(`${schemaDir}/listing.schema.json`, "utf8"));
const validate = ajv.compile(schema);

let line = 0, invalid = 0;
const out = [];
const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
for await (const text of lines) {
  line++;
  if (text.trim() === "") continue;
  let ok;
  try {
    ok = validate(JSON.parse(text));
  } catch (e) {
    ok = false;
  }
  if (!ok) {
    invalid++;
    const e = validate.errors ? validate.errors[0] : { instancePath: "", message: "not JSON" };
    out.push(`${line}\t${e.instancePath}\t${e.message}`);
  }
}
process.stdout.write(out.join("\n") + `\n${line} lines, ${invalid} invalid\n`);
