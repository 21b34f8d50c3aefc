/**
 * The one definition of a listing and of a dataset: the field tables
 * {@code standard/listing/fields.csv}, {@code dataset.csv} and {@code classes.csv}, read once into
 * typed rows and checked row by row, so that a mistake names its file and line. The field tree of
 * {@link org.opdl.model.field} is built from these rows, and every published artifact (JSON Schema,
 * JSON-LD context, RDF vocabulary, SHACL shapes), every reader and writer and the validator read it,
 * so that no two of them can disagree.
 */
package org.opdl.model.definition;
