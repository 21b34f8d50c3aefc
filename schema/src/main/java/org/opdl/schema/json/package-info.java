/**
 * The standard's JSON Schemas, loaded offline with networknt: the {@code $id} prefix
 * {@code https://w3id.org/opdl/schema/} maps to the jar, the 2020-12 metaschema is networknt's own
 * copy, and remote fetching is off.
 */
package org.opdl.schema.json;
