package org.opdl.cli.input;

import org.opdl.model.text.Bundle;
import org.opdl.model.text.Message;

/**
 * The messages of reading the input files in English and French, whose words are in {@code messages_en.properties}
 * and {@code messages_fr.properties} beside this class. Keys are a rule id and a short suffix.
 */
enum InputMessages implements Message {
    INPUT_CANNOT_READ_FOLDER("input.cannot-read-folder"),
    INPUT_CANNOT_READ_NAME("input.cannot-read-name"),
    INPUT_CANNOT_READ_NO("input.cannot-read-no"),
    INPUT_CANNOT_READ_NOT("input.cannot-read-not"),
    INPUT_CANNOT_READ_PERMISSION("input.cannot-read-permission"),
    INPUT_INPUT_FILE_NAME("input.input-file-name"),
    INPUT_SAME_FILE_WHOSE("input.same-file-whose"),
    INPUT_STANDARD_INPUT_CAN("input.standard-input-can");

    private static final Bundle BUNDLE = Bundle.of(InputMessages.class, "messages");

    private final String key;

    InputMessages(String key) {
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
