package org.opdl.cli.output;

import org.opdl.model.text.Lang;

/**
 * The start of every line opdl writes on standard error, "opdl: " in English and « opdl : » in
 * French, which puts a space before a colon: one place, so that an error, a reader's note and a
 * summary line start alike in each language.
 */
public final class ErrorLine {

    private ErrorLine() {
    }

    /** The words that start a line on standard error in a language, the tool's name and a colon. */
    public static String start(Lang lang) {
        return OutputMessages.ERROR_LINE_START.text().in(lang);
    }
}
