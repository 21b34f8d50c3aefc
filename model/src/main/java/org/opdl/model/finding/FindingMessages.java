package org.opdl.model.finding;

import org.opdl.model.text.Message;

/**
 * The messages of the places of findings in English and French, whose words are in {@code messages_en.properties}
 * and {@code messages_fr.properties} beside this class. Keys are the
 * constants' names in lower case with hyphens.
 */
enum FindingMessages implements Message {
    LOCATION_COLUMN,
    LOCATION_COLUMN_2,
    LOCATION_COLUMN_3,
    LOCATION_FILE,
    LOCATION_IN_FILE,
    LOCATION_LINE,
    LOCATION_LISTING,
    LOCATION_ROW,
    LOCATION_SHEET;
}
