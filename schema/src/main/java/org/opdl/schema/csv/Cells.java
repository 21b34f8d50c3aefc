package org.opdl.schema.csv;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.opdl.model.definition.FieldType;
import org.opdl.model.finding.Location;
import org.opdl.schema.cell.Readings;

/**
 * What the reader and the writer agree about single cells: which first characters make a
 * spreadsheet run a cell as a formula (the OWASP list), which spaces count as stray, how a text cell
 * is read without them, and how to show an invisible character in a message.
 */
final class Cells {

    /**
     * Types whose cells are read with the spaces around them removed (and reported): a currency, a
     * language and a country too, which the cell reader reads by their words without the spaces.
     */
    static final Set<FieldType> TRIMMED = EnumSet.of(FieldType.INTEGER, FieldType.DECIMAL, FieldType.BOOLEAN,
            FieldType.DATE, FieldType.CODE, FieldType.CURRENCY, FieldType.LANGUAGE, FieldType.COUNTRY);

    private Cells() {
    }

    /** True when a spreadsheet may run a cell starting with {@code c} as a formula. */
    static boolean formulaTrigger(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n';
    }

    /**
     * The cell a spreadsheet-safe writer neutralised, given back: a cell that starts with
     * apostrophes followed by a formula character lost its first apostrophe. The writer adds one
     * to every such cell ({@link #escape}), so text that itself starts with {@code '=} comes back
     * whole. Returns {@code v} itself when there is nothing to undo.
     */
    static String unescape(String v) {
        return startsEscaped(v) ? v.substring(1) : v;
    }

    /** {@code v} with a leading apostrophe when a spreadsheet would run it as a formula; see {@link #unescape}. */
    static String escape(String v) {
        return !v.isEmpty() && (formulaTrigger(v.charAt(0)) || startsEscaped(v)) ? "'" + v : v;
    }

    private static boolean startsEscaped(String v) {
        int i = 0;
        while (i < v.length() && v.charAt(i) == '\'') {
            i++;
        }
        return i > 0 && i < v.length() && formulaTrigger(v.charAt(i));
    }

    /** True for the spaces a cell should not start or end with, the no-break ones included. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    /** {@code v} without the spaces around it, no-break spaces included. */
    static String strip(String v) {
        int from = 0;
        int to = v.length();
        while (from < to && isSpace(v.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(v.charAt(to - 1))) {
            to--;
        }
        return v.substring(from, to);
    }

    /**
     * The words of a text cell without the spaces around them, such as a title pasted from a web page
     * brings (no-break ones included), the reading counted in {@code readings}; those inside, as French
     * writes before a colon, are kept.
     */
    static String words(String v, Location where, Readings readings) {
        String trimmed = strip(v);
        if (trimmed.length() != v.length()) {
            readings.add(Readings.Kind.TEXT_SPACES, where, v, trimmed);
        }
        return trimmed;
    }

    /** True when {@code v} holds a no-break space (U+00A0, U+2007 or U+202F). */
    static boolean hasNoBreakSpace(String v) {
        return v.indexOf('\u00A0') >= 0 || v.indexOf('\u2007') >= 0 || v.indexOf('\u202F') >= 0;
    }

    /** A character as a message shows it: printable ones as they are, others as TAB, CR, LF or their code point (U+ and four hex digits). */
    static String visible(char c) {
        return switch (c) {
            case '\t' -> "TAB";
            case '\r' -> "CR";
            case '\n' -> "LF";
            default -> c < 0x20 || Character.isSpaceChar(c) ? String.format(Locale.ROOT, "U+%04X", (int) c) : String.valueOf(c);
        };
    }
}
