package org.opdl.docs.page;

import org.opdl.model.text.Lang;

/** Small words the pages share: the other language, yes or no, a language's name. */
final class Words {

    private Words() {
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
