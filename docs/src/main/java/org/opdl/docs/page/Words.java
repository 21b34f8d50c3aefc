package org.opdl.docs.page;

import org.opdl.model.text.Lang;

/** Picks the English or French wording of a piece of page text, so that each page is written once for both. */
final class Words {

    private Words() {
    }

    /** The wording in the page's language. */
    static String t(Lang lang, String en, String fr) {
        return lang == Lang.FR ? fr : en;
    }

    /** The other language of the two. */
    static Lang other(Lang lang) {
        return lang == Lang.FR ? Lang.EN : Lang.FR;
    }

    /** "yes" or "no". */
    static String yesNo(Lang lang, boolean value) {
        return (value ? PageMessages.YES : PageMessages.NO).in(lang);
    }

    /** The language's name, in the page's language. */
    static String languageName(Lang page, Lang named) {
        return (named == Lang.FR ? PageMessages.LANGUAGE_FRENCH : PageMessages.LANGUAGE_ENGLISH).in(page);
    }
}
