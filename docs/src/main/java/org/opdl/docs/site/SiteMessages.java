package org.opdl.docs.site;

import org.opdl.model.text.Lang;
import org.opdl.model.text.Message;

/**
 * The words of the site's navigation in English and French, whose words are in
 * {@code messages_en.properties} and {@code messages_fr.properties} beside this class. Keys are the
 * constants' names in lower case with hyphens.
 */
enum SiteMessages implements Message {
    NAV_FIELDS,
    NAV_VOCABULARIES,
    NAV_CAREER_STAGES,
    NAV_RULES,
    NAV_COMMAND_LINE,
    NAV_DOWNLOADS,
    NAV_OTHER_LANGUAGE;

    /** The word in one language. */
    String in(Lang lang) {
        return text().in(lang);
    }
}
