package org.opdl.validator.merge;

import org.opdl.model.text.Bundle;
import org.opdl.model.text.Message;

/**
 * The messages of the merging of datasets in English and French, whose words are in {@code messages_en.properties}
 * and {@code messages_fr.properties} beside this class. Keys are a rule id and a short suffix.
 */
enum MergeMessages implements Message {
    MERGER_ID_KEPT_DROPPED("merger.id-kept-dropped"),
    MERGER_LISTING("merger.listing"),
    MERGER_LISTINGS_SAME_PROVIDER("merger.listings-same-provider"),
    MERGER_ORGANISATION_DESCRIBED_ONE("merger.organisation-described-one"),
    MERGER_READ_FIRST("merger.read-first"),
    MERGER_UPDATED_LAST("merger.updated-last");

    private static final Bundle BUNDLE = Bundle.of(MergeMessages.class, "messages");

    private final String key;

    MergeMessages(String key) {
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
