package org.opdl.schema.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.ReaderRule;

/**
 * What the CSV reader checks of a file as a whole, around its rows: the dialect its delimiter
 * makes, a JSON file named CSV, a parse that failed, and the notes on its encoding and delimiter.
 */
final class CsvFileChecks {

    private CsvFileChecks() {
    }

    /**
     * The CSV dialect for a delimiter. An Excel {@code sep=} line can name any character, and
     * Commons CSV refuses the quote and line breaks as delimiters (found by fuzzing).
     */
    static CSVFormat format(String source, char delimiter) {
        try {
            return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        } catch (IllegalArgumentException e) {
            String shown = Cells.visible(delimiter);
            throw new ReadException(ReaderRule.SYNTAX_CSV, new Location.Csv(source, -1, "", 1, "", ""),
                    CsvMessages.SYNTAX_CSV_SEP_LINE_ROW.text(shown),
                    CsvMessages.SYNTAX_CSV_WRITE_SEP_SEP.text());
        }
    }

    /**
     * Refuses a file that starts like JSON ({@code [} or {@code {}), as when {@code --from csv} names a
     * JSON file: one error saying so, rather than a quote error or a finding for every "heading".
     */
    static void refuseJson(String source, BufferedReader body) throws IOException {
        char[] head = new char[64];
        body.mark(head.length);
        int n = body.read(head);
        body.reset();
        String start = n <= 0 ? "" : new String(head, 0, n).replace("\uFEFF", "").strip();
        if (start.startsWith("[") || start.startsWith("{")) {
            throw new ReadException(ReaderRule.SYNTAX_CSV, new Location.Csv(source, -1, "", 1, "", ""),
                    CsvMessages.SYNTAX_CSV_FILE_LOOKS_LIKE.text(start.charAt(0)),
                    CsvMessages.SYNTAX_CSV_NAME_JSON_GIVE.text());
        }
    }

    static ReadException failure(String source, long row, IOException cause) {
        if (cause instanceof CharacterCodingException) {
            return new ReadException(ReaderRule.SYNTAX_ENCODING, new Location.Csv(source, -1, "", row, "", ""),
                    CsvMessages.SYNTAX_ENCODING_FILE_NOT_UTF.text(row),
                    CsvMessages.SYNTAX_ENCODING_SAVE_AGAIN_CSV.text());
        }
        String detail = String.valueOf(cause.getMessage());
        if (detail.startsWith("Invalid character between encapsulated token and delimiter")) {
            // Commons CSV's own words, in English only: say what it means in the reader's language.
            return new ReadException(ReaderRule.SYNTAX_CSV, new Location.Csv(source, -1, "", row, "", ""),
                    CsvMessages.SYNTAX_CSV_ROW_QUOTE_ENDS.text(row),
                    CsvMessages.SYNTAX_CSV_PUT_WHOLE_CELL.text());
        }
        if (detail.contains("EOF reached before encapsulated token finished")) {
            // A quote opened and never closed took the rest of the file into one cell: said in the coordinator's words.
            return new ReadException(ReaderRule.SYNTAX_CSV, new Location.Csv(source, -1, "", row, "", ""),
                    CsvMessages.SYNTAX_CSV_QUOTE_NEVER_CLOSED.text(row),
                    CsvMessages.SYNTAX_CSV_QUOTE_NEVER_CLOSED_FIX.text(row));
        }
        return new ReadException(ReaderRule.SYNTAX_CSV, new Location.Csv(source, -1, "", row, "", ""),
                CsvMessages.SYNTAX_CSV_SPREADSHEET_CANNOT_READ.text(row, cause.getMessage()),
                CsvMessages.SYNTAX_CSV_LOOK_CELL_OPENING.text());
    }

    static void reportInput(String source, CsvInput input, Consumer<Finding> notes) {
        Location file = new Location.Text(source, 0, 0);
        if (input.utf16()) {
            notes.accept(new Finding(ReaderRule.CSV_ENCODING.id(), ReaderRule.CSV_ENCODING.severity(), file,
                    CsvMessages.CSV_ENCODING_READ_UTF_16.text(), CsvMessages.CSV_ENCODING_READ_UTF_16_FIX.text()));
        } else if (!input.charset().equals(StandardCharsets.UTF_8)) {
            notes.accept(new Finding(ReaderRule.CSV_ENCODING.id(), ReaderRule.CSV_ENCODING.severity(), file,
                    input.charset().equals(MacRoman.CHARSET) ? CsvMessages.CSV_ENCODING_READ_MAC_ROMAN.text()
                            : input.charset().equals(DosLatin.CP850) || input.charset().equals(DosLatin.CP863)
                            ? CsvMessages.CSV_ENCODING_READ_DOS.text(input.charset().equals(DosLatin.CP863) ? 863 : 850)
                            : CsvMessages.CSV_ENCODING_FILE_NOT_UTF.text(),
                    CsvMessages.SAVE_CSV_UTF.text()));
        }
        if (input.delimiter() != ',') {
            String d = input.delimiter() == '\t' ? "TAB" : String.valueOf(input.delimiter());
            notes.accept(new Finding(ReaderRule.CSV_DELIMITER.id(), ReaderRule.CSV_DELIMITER.severity(), file,
                    CsvMessages.CSV_DELIMITER_CELLS_SEPARATED_RATHER.text(d),
                    CsvMessages.CSV_DELIMITER_NOTHING_DO_OPDL.text()));
        }
    }
}
