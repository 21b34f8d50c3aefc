package org.opdl.cli.option;

import org.opdl.model.text.Bundle;
import org.opdl.model.text.Message;

/**
 * The messages of the shared options in English and French, whose words are in {@code messages_en.properties}
 * and {@code messages_fr.properties} beside this class. Keys are a rule id and a short suffix.
 */
enum OptionMessages implements Message {
    CHATTER_OPTION_QUIET_VERBOSE_CANNOT("chatter-option.quiet-verbose-cannot"),
    FORMAT_OPTION_FORMAT_TAKES_TEXT("format-option.format-takes-text"),
    LANG_OPTION_UNKNOWN_LANGUAGE_USE("lang-option.unknown-language-use");

    private static final Bundle BUNDLE = Bundle.of(OptionMessages.class, "messages");

    private final String key;

    OptionMessages(String key) {
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
