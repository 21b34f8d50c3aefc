package org.opdl.validator.catalogue;

import org.opdl.model.text.Bundle;
import org.opdl.model.text.Message;

/**
 * The messages of the rule catalogue in English and French, whose words are in {@code messages_en.properties}
 * and {@code messages_fr.properties} beside this class. Keys are a rule id and a short suffix.
 */
enum CatalogueMessages implements Message {
    CATALOGUE_FAILS("catalogue.fails"),
    CATALOGUE_FIX("catalogue.fix"),
    CATALOGUE_PASSES("catalogue.passes");

    private static final Bundle BUNDLE = Bundle.of(CatalogueMessages.class, "messages");

    private final String key;

    CatalogueMessages(String key) {
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
