package org.opdl.cli.output;

import org.opdl.model.text.Message;

/**
 * The messages of writing the output files in English and French, whose words are in {@code messages_en.properties}
 * and {@code messages_fr.properties} beside this class. Keys are the
 * constants' names in lower case with hyphens.
 */
enum OutputMessages implements Message {
    ATOMIC_OUTPUT_APPEARED_WHILE_OPDL,
    ATOMIC_OUTPUT_CANNOT_REPLACE_ONE,
    ATOMIC_OUTPUT_CHANGED_WHILE_OPDL,
    ATOMIC_OUTPUT_WORKBOOK_STANDARD,
    DESTINATION_ALREADY_EXISTS_ADD,
    DESTINATION_FOLDER_DOES_NOT,
    DESTINATION_NOT_FILE_OPDL,
    DESTINATION_OUTPUT_FILE_NAME,
    DESTINATION_OUTPUT_INPUT_FILE,
    ERROR_LINE_START,
    KIND_BLOCK_DEVICE,
    KIND_DEVICE,
    KIND_FOLDER,
    KIND_NAMED_PIPE_FIFO,
    KIND_SOCKET,
    KIND_SPECIAL_FILE,
    KIND_SYMBOLIC_LINK,
    OUTPUT_NAME_DEFAULT_FORMAT,
    OUTPUT_NAME_OTHER_FORMAT,
    STANDARD_OUTPUT_CANNOT_WRITE_STANDARD;
}
