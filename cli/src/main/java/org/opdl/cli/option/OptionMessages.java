package org.opdl.cli.option;

import org.opdl.model.text.Message;

/**
 * The messages of the shared options in English and French, whose words are in {@code messages_en.properties}
 * and {@code messages_fr.properties} beside this class. Keys are the
 * constants' names in lower case with hyphens.
 */
enum OptionMessages implements Message {
    CHATTER_OPTION_QUIET_VERBOSE_CANNOT,
    FORMAT_OPTION_FORMAT_TAKES_TEXT,
    INPUT_OPTIONS_LARGER_THAN_MAX,
    INPUT_OPTIONS_LIMIT_NOT_POSITIVE,
    INPUT_OPTIONS_NAME_CONTENT_DISAGREE,
    INPUT_OPTIONS_UNKNOWN_FORMAT,
    INPUT_OPTIONS_UNKNOWN_FORMAT_MEANT,
    INPUT_OPTIONS_STANDARD_INPUT_UNTOLD,
    INPUT_OPTIONS_FILE_UNTOLD,
    LANG_OPTION_UNKNOWN_LANGUAGE_USE,
    LANG_OPTION_MEANT,
    LANG_OPTION_UNKNOWN_VARIABLE,
    LANG_OPTION_VARIABLE_MEANT;
}
