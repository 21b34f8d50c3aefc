package org.opdl.model.field;

import org.opdl.model.text.Message;

/**
 * The messages of the field tree in English and French, whose words are in {@code messages_en.properties}
 * and {@code messages_fr.properties} beside this class. Keys are the
 * constants' names in lower case with hyphens.
 */
enum FieldMessages implements Message {
    HOMES_AND_ONE_OTHER,
    HOMES_AND_OTHERS;
}
