package org.opdl.schema.csv;

import java.util.List;
import java.util.regex.Pattern;
import org.opdl.model.field.Field;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Text;
import org.opdl.schema.format.ReaderRule;

/**
 * The rows a coordinator adds under the table that hold no listing: a row of totals ("Total",
 * "Grand total", "Totaux", with the sums of places or fees) and a note alone in the first column
 * (under Listing ID, or in a first column that holds no field: "* Dates subject to change", "Source: ..."). Read as a listing, each gave a wrong
 * listing id and every required field as missing; such a row is now skipped with one warning that
 * quotes it, so nothing of it is added to a listing and nothing is dropped unsaid.
 */
final class FooterRow {

    /** The words of a totals row, in any case, without the colon after them. */
    private static final Pattern TOTAL = Pattern.compile(
            "(?iu)(?:grand |sub-?|sous-)?(?:total|totals|totaux)(?: général| general| global| généraux)?");
    /** A sum as a spreadsheet shows it: 20, 12 500, $7,500.00, 2 500,00 $, 45 %, or a formula. */
    private static final Pattern SUM = Pattern.compile(
            "=.*|[-+]?[$€£]?\\s?\\d[\\d\\s\\u00a0\\u202f.,']*\\s?[$€£%]?");
    /** A quoted cell is cut to this many characters. */
    private static final int SHOWN = 60;

    private FooterRow() {
    }

    /**
     * The warning for a row that is a row of totals or a note, or null for any other row, which is
     * read as a listing. Only the row's first filled cell is looked at first, so that a listing's
     * row costs one test of that cell.
     */
    static Finding of(String source, List<String> record, long row, CsvHeadings headings) {
        int first = nextFilled(record, 0);
        if (first < 0) {
            return null;
        }
        String text = record.get(first).strip();
        String word = text.endsWith(":") ? text.substring(0, text.length() - 1).strip() : text;
        if (TOTAL.matcher(word).matches() && sumsAfter(record, first)) {
            return warning(source, row, CsvMessages.CSV_NOT_A_LISTING_TOTALS.text(row, shown(text)),
                    CsvMessages.CSV_NOT_A_LISTING_TOTALS_FIX.text(row));
        }
        if (isSentence(text) && isNoteColumn(headings, first) && nextFilled(record, first + 1) < 0) {
            String heading = first < headings.written().size() ? headings.written().get(first).strip() : "";
            return warning(source, row, CsvMessages.CSV_NOT_A_LISTING_NOTE.text(row, heading, shown(text)),
                    CsvMessages.CSV_NOT_A_LISTING_NOTE_FIX.text(row));
        }
        return null;
    }

    /** The position of the first filled cell at or after {@code from}, or -1. */
    private static int nextFilled(List<String> record, int from) {
        for (int i = from; i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** True when every filled cell after {@code first} is a sum. */
    private static boolean sumsAfter(List<String> record, int first) {
        for (int i = first + 1; i < record.size(); i++) {
            String cell = record.get(i);
            if (!cell.isBlank() && !SUM.matcher(cell.strip()).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * True under Listing ID, or in a first column that holds no field or only what marks the record
     * (the JSON-LD context, the record type: the template's first columns), which no one types a
     * listing's words in. A lone cell under a field's own heading (a title typed in a first column
     * headed Title) is a listing that lacks the rest.
     */
    private static boolean isNoteColumn(CsvHeadings headings, int i) {
        Column c = i < headings.columns().size() ? headings.columns().get(i) : null;
        if (c == null || c.trail().isEmpty()) {
            return i == 0;
        }
        Field field = c.trail().get(c.trail().size() - 1);
        return c.pointer().equals("/id") || i == 0 && (field.isContext() || field.isType());
    }

    /** True for words a listing id never holds: a space, or a note's mark in front. */
    private static boolean isSentence(String text) {
        char c = text.charAt(0);
        return text.indexOf(' ') > 0 || c == '*' || c == '†' || c == '(' || c == '¹';
    }

    private static String shown(String text) {
        return text.length() > SHOWN ? text.substring(0, SHOWN) + "…" : text;
    }

    private static Finding warning(String source, long row, Text message, Text fix) {
        Location at = new Location.Csv(source, -1, "", row, "", "");
        return new Finding(ReaderRule.CSV_NOT_A_LISTING.id(), ReaderRule.CSV_NOT_A_LISTING.severity(), at, message, fix);
    }
}
