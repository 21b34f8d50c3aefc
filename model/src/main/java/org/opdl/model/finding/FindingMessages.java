package org.opdl.model.finding;

import org.opdl.model.text.Bundle;
import org.opdl.model.text.Message;

/**
 * The messages of the places of findings in English and French, whose words are in {@code messages_en.properties}
 * and {@code messages_fr.properties} beside this class. Keys are a rule id and a short suffix.
 */
enum FindingMessages implements Message {
    LOCATION_COLUMN("location.column"),
    LOCATION_COLUMN_2("location.column-2"),
    LOCATION_COLUMN_3("location.column-3"),
    LOCATION_FILE("location.file"),
    LOCATION_LINE("location.line"),
    LOCATION_LISTING("location.listing"),
    LOCATION_ROW("location.row"),
    LOCATION_SHEET("location.sheet");

    private static final Bundle BUNDLE = Bundle.of(FindingMessages.class, "messages");

    private final String key;

    FindingMessages(String key) {
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
