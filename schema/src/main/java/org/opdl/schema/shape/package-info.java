/**
 * What every format shares about a listing's shape, on top of the standard's field tree
 * ({@link org.opdl.model.field.FieldTree}): {@link org.opdl.schema.shape.ShapeOrder} puts fields in
 * definition order, {@link org.opdl.schema.shape.DatasetFields} gives a dataset's own fields the
 * same treatment as a listing's, and {@link org.opdl.schema.shape.Values} holds the checks and IRI
 * rules that the writers share, so that a value one format refuses is refused the same way by all.
 */
package org.opdl.schema.shape;
