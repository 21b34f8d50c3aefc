package org.opdl.schema.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Text;
import org.opdl.schema.format.ReaderRule;

/**
 * The error values a spreadsheet shows where a formula fails ({@code #N/A}, {@code #REF!},
 * {@code #VALUE!}, {@code #DIV/0!}, French Excel's {@code #VALEUR!}, LibreOffice's {@code Err:502}),
 * which a CSV keeps as text when the sheet is saved. Such a cell holds no value: it is reported
 * under the rule a workbook's cached error is reported under, and read as empty, never as a title
 * or a code.
 */
final class ErrorValues {

    /** Excel's, LibreOffice's and Google Sheets' error values, in English and French, alone in the cell. */
    private static final Pattern ERROR = Pattern.compile("(?:#(?:NULL!|NUL!|DIV/0!|VALUE!|VALEUR!|REF!|NAME\\?|NOM\\?|NUM!|NOMBRE!"
            + "|N/A|SPILL!|PROPAGATION!|CALC!|ERROR!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)|Err:\\d{3})");

    private ErrorValues() {
    }

    /** The error cells of a row quoted in the message; the others are counted. */
    private static final int SHOWN = 4;

    /** Reports {@code cell} and returns true when it holds only a spreadsheet's error value. */
    static boolean reported(String cell, Location.Csv at, Consumer<Finding> notes) {
        String v = cell.strip();
        if (!isError(v)) {
            return false;
        }
        notes.accept(new Finding(ReaderRule.XLSX_CELL_ERROR.id(), ReaderRule.XLSX_CELL_ERROR.severity(), at,
                CsvMessages.CSV_ERROR_VALUE_CELL_SHOWS.text(v), CsvMessages.CSV_ERROR_VALUE_TYPE_VALUE.text()));
        return true;
    }

    /**
     * Reports {@code cell} and returns true when it holds only number signs ({@code ########}): what Excel saves
     * into a CSV file in place of a number or a date too wide for its column, as it saves the text each cell shows.
     */
    static boolean tooNarrow(String cell, Location.Csv at, Consumer<Finding> notes) {
        String v = cell.strip();
        // The first sign turns nearly every cell away before its characters are streamed: this runs on every cell.
        if (v.length() < 2 || v.charAt(0) != '#' || v.chars().anyMatch(c -> c != '#')) {
            return false;
        }
        notes.accept(new Finding(ReaderRule.CSV_UNREADABLE.id(), ReaderRule.CSV_UNREADABLE.severity(), at,
                CsvMessages.CSV_NARROW_COLUMN.text(v), CsvMessages.CSV_NARROW_COLUMN_FIX.text()));
        return true;
    }

    /** True when {@code v}, stripped, is a spreadsheet's error value alone. */
    static boolean isError(String v) {
        return v.length() >= 4 && v.length() <= 14 && (v.charAt(0) == '#' || v.charAt(0) == 'E') && ERROR.matcher(v).matches();
    }

    /**
     * The error for a row whose every filled cell shows a spreadsheet error, as after deleting a column
     * or a sheet the row's formulas read, or null for any other row. Such a row holds no value, so no
     * listing is made of it: the required fields it lacks are not the problem, its formulas are.
     */
    static Finding row(String source, List<String> record, long row) {
        List<Integer> errors = new ArrayList<>();
        for (int i = 0; i < record.size(); i++) {
            String v = Cells.unescape(record.get(i)).strip();
            if (v.isEmpty()) {
                continue;
            }
            if (!isError(v)) {
                return null;
            }
            errors.add(i);
        }
        if (errors.isEmpty()) {
            return null;
        }
        Text cells = NamedCells.of(errors, SHOWN, i -> CsvMessages.CSV_ERROR_ROW_CELL.text(Location.Csv.letter(i), Cells.unescape(record.get(i)).strip()));
        return new Finding(ReaderRule.XLSX_CELL_ERROR.id(), ReaderRule.XLSX_CELL_ERROR.severity(),
                new Location.Csv(source, -1, "", row, "", ""),
                CsvMessages.CSV_ERROR_ROW.text(row, errors.size(), cells), CsvMessages.CSV_ERROR_ROW_FIX.text(row));
    }
}
