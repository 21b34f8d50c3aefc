package org.opdl.schema.shape;

import org.opdl.model.text.Message;

/**
 * The messages of the field shapes in English and French, whose words are in {@code messages_en.properties}
 * and {@code messages_fr.properties} beside this class. Keys are the
 * constants' names in lower case with hyphens.
 */
enum ShapeMessages implements Message {
    DATASET_S_TYPE,
    DECIMAL_WRITTEN_STRING,
    LANGUAGE_MAP_SUCH,
    MOVE_FIELD_HOME,
    MUST,
    NOT_FIELD_HERE,
    NOT_FIELD_STANDARD,
    OBJECT,
    REMOVE_RENAME_FIELD,
    STRING,
    TRUE_FALSE,
    WHOLE_NUMBER,
    WRITE_TYPE_REMOVE,
    WRITE_VALUE_OPDL;
}
