package org.opdl.docs.page;

import org.opdl.model.text.Lang;
import org.opdl.model.text.Message;

/**
 * Words the site's pages share in English and French, whose words are in
 * {@code messages_en.properties} and {@code messages_fr.properties} beside this class. Keys are the
 * constants' names in lower case with hyphens.
 */
enum PageMessages implements Message {
    YES,
    NO,
    LANGUAGE_ENGLISH,
    LANGUAGE_FRENCH;

    /** The word in one language. */
    String in(Lang lang) {
        return text().in(lang);
    }
}
