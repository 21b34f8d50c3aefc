/**
 * The standard's published artifacts (JSON Schema, JSON-LD context, RDF vocabulary and SHACL
 * shapes) and a reader and writer for every format a dataset can take. Everything here derives
 * from the one definition that the model module reads.
 */
package org.opdl.schema;
