package org.opdl.validator.rule;

import org.opdl.model.definition.FieldDefinition;

/**
 * A field of the standard as a listing is searched for it: its definition, its path split into
 * segments once, and its place in the field table, by which a listing keeps the values it found.
 *
 * @param field the field's definition
 * @param segments its dotted path, split
 * @param index its position in the field table
 * @param walked whether the field is in the {@link FieldTrie} walked once per listing
 */
record FieldPath(FieldDefinition field, PathSegments segments, int index, boolean walked) {
}
