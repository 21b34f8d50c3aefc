package org.opdl.cli.progress;

import org.opdl.model.text.Message;

/**
 * The messages of the progress lines in English and French, whose words are in {@code messages_en.properties}
 * and {@code messages_fr.properties} beside this class. Keys are the
 * constants' names in lower case with hyphens.
 */
enum ProgressMessages implements Message {
    PROGRESS_LINE_ABOUT,
    PROGRESS_LINE_LEFT,
    PROGRESS_LINE_LISTING_S,
    PROGRESS_LINE_OPDL,
    PROGRESS_LINE_OPDL_LISTING_S,
    PROGRESS_LINE_PERCENT_CLOSE,
    PROGRESS_LINE_SECOND;
}
