package org.opdl.schema.format;

import java.util.Objects;
import org.opdl.model.text.Lang;

/**
 * How a writer should write: the language of spreadsheet headings and whether to neutralise cells
 * that a spreadsheet would run as formulas.
 *
 * @param lang the language of CSV headings
 * @param spreadsheetSafe true to prefix text cells starting with {@code = + - @}, tab, CR or LF
 *     with an apostrophe, so that a spreadsheet shows them rather than running them; opdl's reader
 *     takes the apostrophe off again, so nothing is lost. On by default
 */
public record WriteOptions(Lang lang, boolean spreadsheetSafe) {

    /** English headings, formulas neutralised. */
    public static final WriteOptions DEFAULT = new WriteOptions(Lang.EN, true);

    /** Requires a language. */
    public WriteOptions {
        Objects.requireNonNull(lang, "lang");
    }
}
