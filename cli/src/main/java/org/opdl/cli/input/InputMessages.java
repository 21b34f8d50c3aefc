package org.opdl.cli.input;

import org.opdl.model.text.Message;

/**
 * The messages of reading the input files in English and French, whose words are in {@code messages_en.properties}
 * and {@code messages_fr.properties} beside this class. Keys are the
 * constants' names in lower case with hyphens.
 */
enum InputMessages implements Message {
    INPUT_CANNOT_READ_BACKSLASH,
    INPUT_CANNOT_READ_FOLDER,
    INPUT_CANNOT_READ_NAME,
    INPUT_CANNOT_READ_NO,
    INPUT_CANNOT_READ_NOT,
    INPUT_CANNOT_READ_PATTERN,
    INPUT_CANNOT_READ_PERMISSION,
    INPUT_INPUT_FILE_NAME,
    INPUT_SAME_FILE_WHOSE,
    INPUT_STANDARD_INPUT_CAN,
    INPUT_STANDARD_INPUT_CLOSED,
    SIDE_FILE_CANNOT_READ,
    SIDE_FILE_NOT_REGULAR,
    SIDE_FILE_NOT_UTF,
    SIDE_FILE_TOO_LARGE;
}
