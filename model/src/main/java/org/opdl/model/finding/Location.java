package org.opdl.model.finding;

import java.util.stream.IntStream;
import org.opdl.model.text.Lang;
import org.opdl.model.text.Text;

/**
 * Where a finding is, in the terms of the source it came from. Every variant also carries the
 * JSON pointer of the field inside the listing, so that the same problem has the same field
 * whatever the format, and the index of the record in its file.
 */
public sealed interface Location permits Location.Json, Location.Csv, Location.Cell, Location.Rdf, Location.Text {

    /** The file the finding is in, as the user named it ({@code -} for standard input). */
    String source();

    /** The zero-based index of the listing in its file, or -1 when the finding is about the file. */
    int record();

    /** The JSON pointer of the field inside the listing ({@code ""} for the whole listing). */
    String pointer();

    /** The one-based line of a text, or row of a spreadsheet, where the place is; 0 when unknown. */
    long line();

    /** A short description of the place for people, such as {@code row 4, column "Title (en)" (C)}. */
    String describe(Lang lang);

    /**
     * The file and the place, as a report's line names them: {@code sheet.xlsx: Listings!F12}, and
     * in French with the space French puts before a colon, {@code fiches.xlsx : Fiches!F12}.
     */
    default String inFile(Lang lang) {
        return FindingMessages.LOCATION_IN_FILE.text(source(), describe(lang)).in(lang);
    }

    /**
     * A place in a JSON or NDJSON file.
     *
     * @param source the file
     * @param record the listing's index, or -1
     * @param pointer the field's JSON pointer inside the listing
     * @param line the one-based line, or 0 when unknown
     * @param column the one-based column, or 0 when unknown
     */
    record Json(String source, int record, String pointer, long line, long column) implements Location {
        @Override
        public String describe(Lang lang) {
            String at = line > 0 ? (FindingMessages.LOCATION_LINE.text().in(lang)) + line
                    + (column > 0 ? (FindingMessages.LOCATION_COLUMN.text().in(lang)) + column : "") : "";
            String ptr = pointer.isEmpty() ? "" : " " + pointer;
            String rec = record >= 0 ? (FindingMessages.LOCATION_LISTING.text().in(lang)) + (record + 1) + ")" : "";
            return (at + ptr + rec).strip();
        }
    }

    /**
     * A cell of a spreadsheet (CSV) file.
     *
     * @param source the file
     * @param record the listing's index, or -1
     * @param pointer the field's JSON pointer inside the listing
     * @param row the one-based row number as a spreadsheet shows it (the heading row is 1)
     * @param heading the column heading as written in the file, or empty for a whole row
     * @param column the column letter as a spreadsheet shows it ({@code A}, {@code AB}), or empty
     */
    record Csv(String source, int record, String pointer, long row, String heading, String column)
            implements Location {
        @Override
        public long line() {
            return row;
        }

        @Override
        public String describe(Lang lang) {
            String r = (FindingMessages.LOCATION_ROW.text().in(lang)) + row;
            if (heading.isEmpty()) {
                return r;
            }
            if (column.isEmpty()) {
                // The column the form would use for a field the sheet has no column for.
                return r + FindingMessages.LOCATION_COLUMN_3.text(heading).in(lang);
            }
            return r + (FindingMessages.LOCATION_COLUMN_2.text(heading).in(lang))
                    + column + ")";
        }

        /** The spreadsheet letter of a zero-based column index: 0 is A, 26 is AA. */
        public static String letter(int index) {
            // Every cell read is given its place, so the letters of the columns a sheet has are made once.
            return index >= 0 && index < LETTERS.length ? LETTERS[index] : spell(index);
        }

        /** The letters of the first 702 columns, A to ZZ. */
        private static final String[] LETTERS = IntStream.range(0, 702).mapToObj(Csv::spell).toArray(String[]::new);

        private static String spell(int index) {
            StringBuilder sb = new StringBuilder();
            int n = index + 1;
            while (n > 0) {
                int rem = (n - 1) % 26;
                sb.insert(0, (char) ('A' + rem));
                n = (n - 1) / 26;
            }
            return sb.toString();
        }
    }

    /**
     * A cell of a workbook (XLSX), named as a spreadsheet names it: {@code Listings!F12}.
     *
     * @param source the file
     * @param record the listing's index, or -1
     * @param pointer the field's JSON pointer inside the listing
     * @param sheet the sheet's name as written in the workbook
     * @param row the one-based row number as the spreadsheet shows it, or 0 for the whole sheet
     * @param heading the column heading as written in the sheet, or empty for a whole row
     * @param column the column letter ({@code A}, {@code AB}), or empty for a whole row
     */
    record Cell(String source, int record, String pointer, String sheet, long row, String heading, String column)
            implements Location {
        @Override
        public long line() {
            return row;
        }

        @Override
        public String describe(Lang lang) {
            if (row <= 0) {
                return (FindingMessages.LOCATION_SHEET.text(sheet).in(lang));
            }
            String r = reference();
            if (heading.isEmpty()) {
                return r;
            }
            return r + (FindingMessages.LOCATION_COLUMN_3.text(heading).in(lang));
        }

        /** The cell as a formula names it: {@code Listings!F12}, {@code 'Read me'!A1}, {@code Listings!12:12} for a row. */
        public String reference() {
            boolean plain = sheet.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '_')
                    && !sheet.isEmpty() && !Character.isDigit(sheet.charAt(0));
            String name = plain ? sheet : "'" + sheet.replace("'", "''") + "'";
            return name + "!" + (column.isEmpty() ? row + ":" + row : column + row);
        }
    }

    /**
     * A statement of an RDF graph.
     *
     * @param source the file
     * @param record the listing's index, or -1
     * @param pointer the field's JSON pointer inside the listing
     * @param subject the subject's IRI or blank-node label
     * @param predicate the predicate's IRI, or empty for the whole subject
     * @param line the one-based line where the parser saw it, or 0 when unknown
     */
    record Rdf(String source, int record, String pointer, String subject, String predicate, long line)
            implements Location {
        @Override
        public String describe(Lang lang) {
            // A blank node's label means nothing to the reader: the field it stands in says where it is.
            boolean blank = subject.startsWith("_:");
            String node = blank ? subject + (pointer.isEmpty() ? "" : " (" + pointer + ")") : "<" + subject + ">";
            String s = node + (predicate.isEmpty() ? "" : " <" + predicate + ">");
            return line > 0 ? (FindingMessages.LOCATION_LINE.text().in(lang)) + line + " " + s : s;
        }
    }

    /**
     * A place in a file that has not been read as records, such as a syntax error.
     *
     * @param source the file
     * @param line the one-based line, or 0 when unknown
     * @param column the one-based column, or 0 when unknown
     */
    record Text(String source, long line, long column) implements Location {
        @Override
        public int record() {
            return -1;
        }

        @Override
        public String pointer() {
            return "";
        }

        @Override
        public String describe(Lang lang) {
            if (line <= 0) {
                return FindingMessages.LOCATION_FILE.text().in(lang);
            }
            return (FindingMessages.LOCATION_LINE.text().in(lang)) + line
                    + (column > 0 ? (FindingMessages.LOCATION_COLUMN.text().in(lang)) + column : "");
        }
    }
}
