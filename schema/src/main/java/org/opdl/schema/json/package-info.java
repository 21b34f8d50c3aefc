/**
 * The standard's JSON form. The JSON Schemas are loaded offline with networknt: the {@code $id}
 * prefix {@code https://w3id.org/opdl/schema/} maps to the jar and remote fetching is off. The
 * readers take a dataset object, a bare array or NDJSON through Jackson's streaming parser under
 * explicit limits, refuse duplicate keys, and keep the line and column of every value so that any
 * JSON pointer can be turned back into a place in the file. The writers stream one listing at a time.
 */
package org.opdl.schema.json;
