package org.opdl.validator.report;

import org.opdl.model.text.Message;

/**
 * The messages of the validation reports in English and French, whose words are in {@code messages_en.properties}
 * and {@code messages_fr.properties} beside this class. Keys are the constants' names in lower case with hyphens.
 */
enum ReportMessages implements Message {
    HTML_RENDERER_TEXT,
    TEXT_RENDERER_ALL_LISTINGS_FILE,
    TEXT_RENDERER_ERROR,
    TEXT_RENDERER_ERRORS,
    TEXT_RENDERER_FILE,
    TEXT_RENDERER_FILES,
    TEXT_RENDERER_FIX,
    TEXT_RENDERER_LISTING,
    TEXT_RENDERER_LISTINGS,
    TEXT_RENDERER_MORE,
    TEXT_RENDERER_SUMMARY,
    TEXT_RENDERER_TEXT,
    TEXT_RENDERER_WARNING,
    TEXT_RENDERER_WARNINGS;
}
