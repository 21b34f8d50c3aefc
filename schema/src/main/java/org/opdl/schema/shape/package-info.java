/**
 * The shape of a listing as every format sees it: a tree of {@link org.opdl.schema.shape.Field}s
 * built from the standard's field definition, with each field's kind, scheme, RDF property and
 * spreadsheet headings; {@link org.opdl.schema.shape.DatasetFields} gives a dataset's own fields
 * the same treatment. {@link org.opdl.schema.shape.Values} holds the checks and IRI rules that
 * the writers share, so that a value one format refuses is refused the same way by all.
 */
package org.opdl.schema.shape;
