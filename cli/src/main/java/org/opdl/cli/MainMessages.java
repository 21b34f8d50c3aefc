package org.opdl.cli;

import org.opdl.model.text.Bundle;
import org.opdl.model.text.Message;

/**
 * The messages of the command line's own errors in English and French, whose words are in {@code messages_en.properties}
 * and {@code messages_fr.properties} beside this class. Keys are a rule id and a short suffix.
 */
enum MainMessages implements Message {
    MAIN_BUG_OPDL_PLEASE("main.bug-opdl-please"),
    MAIN_DID_YOU_MEAN("main.did-you-mean"),
    MAIN_MISSING("main.missing"),
    MAIN_OUT_OF_MEMORY("main.out-of-memory"),
    MAIN_SEE("main.see"),
    MAIN_UNKNOWN_ARGUMENT("main.unknown-argument"),
    MAIN_WRONG_USAGE("main.wrong-usage");

    private static final Bundle BUNDLE = Bundle.of(MainMessages.class, "messages");

    private final String key;

    MainMessages(String key) {
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
