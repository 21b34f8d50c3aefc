// Turns a JSON file into N-Quads with jsonld.js and the OPDL context, served from a local file only.
// Usage: node jsonld-nquads.js CONTEXT_FILE FILE [VERSION]   Prints N-Quads on standard output.
'use strict';
const fs = require('fs');
const jsonld = require('jsonld');

const [contextFile, file, version = '0.2'] = process.argv.slice(2);
const CONTEXT_IRI = 'https://w3id.org/opdl/context/' + version + '.jsonld';
const context = JSON.parse(fs.readFileSync(contextFile, 'utf8'));

// Serves the bundled context and refuses everything else, so that nothing reaches the network.
const documentLoader = async (url) => {
  if (url === CONTEXT_IRI) {
    return { contextUrl: null, documentUrl: url, document: context };
  }
  throw new Error('offline: refusing to load ' + url);
};

(async () => {
  const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  const nquads = await jsonld.toRDF(doc, {
    format: 'application/n-quads', documentLoader, expandContext: CONTEXT_IRI, safe: false,
  });
  process.stdout.write(nquads);
})().catch((e) => {
  console.error('jsonld: ' + (e && e.message ? e.message : e));
  process.exit(1);
});
