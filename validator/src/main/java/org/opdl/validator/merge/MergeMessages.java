package org.opdl.validator.merge;

import org.opdl.model.text.Message;

/**
 * The messages of the merging of datasets in English and French, whose words are in {@code messages_en.properties}
 * and {@code messages_fr.properties} beside this class. Keys are the constants' names in lower case with hyphens.
 */
enum MergeMessages implements Message {
    MERGER_ID_KEPT_DROPPED,
    MERGER_LISTING,
    MERGER_LISTINGS_SAME_PROVIDER,
    MERGER_ORGANISATION_DESCRIBED_ONE,
    MERGER_READ_FIRST,
    MERGER_UPDATED_LAST;
}
