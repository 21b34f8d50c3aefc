/**
 * The one field tree of the standard: {@link org.opdl.model.field.FieldTree} turns the rows of
 * {@code standard/listing/fields.csv} and {@code dataset.csv} into a tree of
 * {@link org.opdl.model.field.Field}s, each with its number, split path, JSON pointer, RDF property
 * and spreadsheet headings. The generators, every reader and writer and the validator read this
 * tree, so a field added to the table reaches all of them. {@link org.opdl.model.field.JsonPointer}
 * is the one place where pointer tokens are escaped, and {@link org.opdl.model.field.FieldHomes} the
 * one place that says where a field written out of place belongs.
 */
package org.opdl.model.field;
