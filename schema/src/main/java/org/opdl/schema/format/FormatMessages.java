package org.opdl.schema.format;

import org.opdl.model.text.Message;

/**
 * The messages of the format readers' shared errors in English and French, whose words are in {@code messages_en.properties}
 * and {@code messages_fr.properties} beside this class. Keys are the
 * constants' names in lower case with hyphens.
 */
enum FormatMessages implements Message {
    CHECK_FILE_LISTINGS,
    LIMIT_FILE_FILE_LARGER_THAN,
    LIMIT_RECORDS_FILE_HOLDS_MORE,
    SYNTAX_EMPTY_FILE_EMPTY_HOLDS;
}
