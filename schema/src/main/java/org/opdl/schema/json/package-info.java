/**
 * The standard's JSON form. The JSON Schemas are loaded offline with networknt: the {@code $id}
 * prefix {@code https://w3id.org/opdl/schema/} maps to the jar and remote fetching is off. The
 * readers take a dataset object, a bare array or NDJSON through Jackson's streaming parser under
 * explicit limits, refuse duplicate keys, and can turn any JSON pointer back into a line and column
 * of the file: a listing of an array or an NDJSON line is read without positions and its bytes kept,
 * to be read again with positions when a finding asks. The writers stream one listing at a time.
 */
package org.opdl.schema.json;
