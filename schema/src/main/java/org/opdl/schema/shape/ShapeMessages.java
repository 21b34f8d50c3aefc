package org.opdl.schema.shape;

import org.opdl.model.text.Bundle;
import org.opdl.model.text.Message;

/**
 * The messages of the field shapes in English and French, whose words are in {@code messages_en.properties}
 * and {@code messages_fr.properties} beside this class. Keys are a rule id and a short suffix.
 */
enum ShapeMessages implements Message {
    DATASET_S_TYPE("shape.dataset-s-type"),
    DECIMAL_WRITTEN_STRING("shape.decimal-written-string"),
    LANGUAGE_MAP_SUCH("shape.language-map-such"),
    MUST("shape.must"),
    NOT_FIELD_STANDARD("shape.not-field-standard"),
    OBJECT("shape.object"),
    REMOVE_RENAME_FIELD("shape.remove-rename-field"),
    STRING("shape.string"),
    TRUE_FALSE("shape.true-false"),
    WHOLE_NUMBER("shape.whole-number"),
    WRITE_TYPE_REMOVE("shape.write-type-remove"),
    WRITE_VALUE_OPDL("shape.write-value-opdl");

    private static final Bundle BUNDLE = Bundle.of(ShapeMessages.class, "messages");

    private final String key;

    ShapeMessages(String key) {
        this.key = key;
    }

    @Override
    public Bundle bundle() {
        return BUNDLE;
    }

    @Override
    public String key() {
        return key;
    }
}
