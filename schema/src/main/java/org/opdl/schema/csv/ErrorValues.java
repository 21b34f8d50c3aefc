package org.opdl.schema.csv;

import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
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

    /** Reports {@code cell} and returns true when it holds only a spreadsheet's error value. */
    static boolean reported(String cell, Location.Csv at, Consumer<Finding> notes) {
        String v = cell.strip();
        if (v.length() < 4 || v.length() > 14 || (v.charAt(0) != '#' && v.charAt(0) != 'E') || !ERROR.matcher(v).matches()) {
            return false;
        }
        notes.accept(new Finding(ReaderRule.XLSX_CELL_ERROR.id(), ReaderRule.XLSX_CELL_ERROR.severity(), at,
                CsvMessages.CSV_ERROR_VALUE_CELL_SHOWS.text(v), CsvMessages.CSV_ERROR_VALUE_TYPE_VALUE.text()));
        return true;
    }
}
