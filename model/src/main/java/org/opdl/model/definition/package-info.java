/**
 * The one definition of a listing and of a dataset: the field tables
 * {@code standard/listing/fields.csv} and {@code standard/listing/dataset.csv}, read into typed
 * records. Every published artifact (Java records, JSON Schema, JSON-LD context, RDF vocabulary,
 * SHACL shapes) and every reader and writer is derived from {@link
 * org.opdl.model.definition.StandardDefinition}, so that no two of them can disagree.
 */
package org.opdl.model.definition;
