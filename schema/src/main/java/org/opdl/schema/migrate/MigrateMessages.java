package org.opdl.schema.migrate;

import org.opdl.model.text.Bundle;
import org.opdl.model.text.Message;

/**
 * The messages of the migration from 0.1 in English and French, whose words are in {@code messages_en.properties}
 * and {@code messages_fr.properties} beside this class. Keys are a rule id and a short suffix.
 */
enum MigrateMessages implements Message {
    CONTEXT_0_2("migrate.context-0-2"),
    STANDARDVERSION_0_1("migrate.standardversion-0-1"),
    STATEDNONE_NO_FEES("migrate.statednone-no-fees"),
    LISTING_CHANGE("migrate.listing-change"),
    ALREADY_CURRENT("migrate.already-current"),
    ALREADY_CURRENT_FIX("migrate.already-current-fix"),
    OTHER_VERSION("migrate.other-version"),
    OTHER_VERSION_FIX("migrate.other-version-fix");

    private static final Bundle BUNDLE = Bundle.of(MigrateMessages.class, "messages");

    private final String key;

    MigrateMessages(String key) {
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
