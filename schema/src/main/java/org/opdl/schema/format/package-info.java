/**
 * The formats a dataset can take (JSON, NDJSON, CSV, Turtle, N-Triples, JSON-LD, RDF/XML) and the
 * contract their readers and writers share. A reader turns a file into {@link
 * org.opdl.schema.format.SourceRecord}s, one listing each, as a JSON tree in the standard's JSON form
 * plus a {@link org.opdl.schema.format.SourceMap} that turns any JSON pointer back into a place in
 * the file. The validator and the converter both build on that contract, which is why the same
 * problem gets the same finding whatever the input format.
 */
package org.opdl.schema.format;
