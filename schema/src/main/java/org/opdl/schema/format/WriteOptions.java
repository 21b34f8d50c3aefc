package org.opdl.schema.format;

import java.util.Objects;
import org.opdl.model.text.Lang;

/**
 * How a writer should write: the language of spreadsheet headings and whether to neutralise cells
 * that a spreadsheet would run as formulas.
 *
 * @param lang the language of CSV headings
 * @param spreadsheetSafe true to prefix text cells starting with {@code = + - @}, tab, CR or LF
 *     with an apostrophe; this changes the data, so it is off unless asked for, and the writer
 *     reports how many cells it changed
 */
public record WriteOptions(Lang lang, boolean spreadsheetSafe) {

    /** English headings, data unchanged. */
    public static final WriteOptions DEFAULT = new WriteOptions(Lang.EN, false);

    /** Requires a language. */
    public WriteOptions {
        Objects.requireNonNull(lang, "lang");
    }
}
