package org.opdl.schema.format;

import org.opdl.model.text.Bundle;
import org.opdl.model.text.Message;

/**
 * The messages of the format readers' shared errors in English and French, whose words are in {@code messages_en.properties}
 * and {@code messages_fr.properties} beside this class. Keys are a rule id and a short suffix.
 */
enum FormatMessages implements Message {
    CHECK_FILE_LISTINGS("format.check-file-listings"),
    LIMIT_FILE_FILE_LARGER_THAN("opdl.limit.file.file-larger-than"),
    LIMIT_RECORDS_FILE_HOLDS_MORE("opdl.limit.records.file-holds-more"),
    SYNTAX_EMPTY_FILE_EMPTY_HOLDS("opdl.syntax.empty.file-empty-holds");

    private static final Bundle BUNDLE = Bundle.of(FormatMessages.class, "messages");

    private final String key;

    FormatMessages(String key) {
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
