package org.opdl.schema.migrate;

import org.opdl.model.text.Message;

/**
 * The messages of the migration from 0.1 in English and French, whose words are in {@code messages_en.properties}
 * and {@code messages_fr.properties} beside this class. Keys are the
 * constants' names in lower case with hyphens.
 */
enum MigrateMessages implements Message {
    CONTEXT_0_2,
    STANDARDVERSION_0_1,
    STATEDNONE_NO_FEES,
    LISTING_CHANGE,
    ALREADY_CURRENT,
    ALREADY_CURRENT_FIX,
    OTHER_VERSION,
    OTHER_VERSION_FIX,
    VERSION_NOT_TEXT,
    VERSION_NOT_TEXT_FIX,
    DEPRECATED_CODE_REPLACED,
    DEPRECATED_CODE_DROPPED,
    MIXED_VERSIONS,
    MIXED_VERSIONS_FIX;
}
