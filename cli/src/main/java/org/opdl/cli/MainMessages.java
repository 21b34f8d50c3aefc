package org.opdl.cli;

import org.opdl.model.text.Message;

/**
 * The messages of the command line's own errors in English and French, whose words are in {@code messages_en.properties}
 * and {@code messages_fr.properties} beside this class. Keys are the
 * constants' names in lower case with hyphens.
 */
enum MainMessages implements Message {
    MAIN_BUG_OPDL_PLEASE,
    MAIN_DID_YOU_MEAN,
    MAIN_GIVEN_TWICE,
    MAIN_INTERNAL_ERROR,
    MAIN_MISSING,
    MAIN_OPTION_AFTER_COMMAND,
    MAIN_OUT_OF_MEMORY,
    MAIN_OUT_OF_MEMORY_MERGE,
    MAIN_SEE,
    MAIN_TAKES_NOTHING_MORE,
    MAIN_UNKNOWN_ARGUMENT,
    MAIN_UNKNOWN_COMMAND,
    MAIN_UNKNOWN_OPTION,
    MAIN_UNKNOWN_VALUE,
    MAIN_WHOLE_NUMBER,
    MAIN_WHOLE_NUMBER_LARGEST,
    MAIN_WRONG_USAGE;
}
