package org.opdl.docs.site;

import org.opdl.model.text.Lang;
import org.opdl.model.text.Message;

/**
 * The words of the site's navigation and downloads in English and French, in
 * {@code messages_en.properties} and {@code messages_fr.properties} beside this class. Keys are the
 * constants' names in lower case with hyphens.
 */
enum SiteMessages implements Message {
    // Navigation
    NAV_FIELDS,
    NAV_VOCABULARIES,
    NAV_CAREER_STAGES,
    NAV_RULES,
    NAV_COMMAND_LINE,
    NAV_DOWNLOADS,
    NAV_OTHER_LANGUAGE,

    // Downloads: what each published file is
    DOWNLOAD_LISTING_SCHEMA,
    DOWNLOAD_DATASET_SCHEMA,
    DOWNLOAD_CONTEXT,
    DOWNLOAD_VOCABULARY_TURTLE,
    DOWNLOAD_VOCABULARY_JSONLD,
    DOWNLOAD_SHAPES,
    DOWNLOAD_TEMPLATE_ENGLISH,
    DOWNLOAD_TEMPLATE_FRENCH,
    DOWNLOAD_INVALID_EXAMPLE,
    DOWNLOAD_EXAMPLE;

    /** The text in one language, with its arguments in place. */
    String in(Lang lang, Object... args) {
        return text(args).in(lang);
    }
}
