package org.opdl.schema.xlsx;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.opdl.model.text.Lang;
import org.opdl.model.text.Text;

/** The Read me sheet: what to fill, what the colours mean and how to check the workbook, in one language. */
final class ReadMe {

    private static final Text BLANK = new Text("", "");

    private static final List<Text> LINES = List.of(
            XlsxMessages.README_TITLE.text(),
            BLANK,
            XlsxMessages.README_WHAT_TO_FILL.text(),
            XlsxMessages.README_LISTINGS.text(),
            XlsxMessages.README_OTHER_SHEETS.text(),
            XlsxMessages.README_HEADINGS.text(),
            XlsxMessages.README_DATES.text(),
            BLANK,
            XlsxMessages.README_COLOURS.text(),
            XlsxMessages.README_ORANGE.text(),
            XlsxMessages.README_BLUE.text(),
            XlsxMessages.README_CHECKED_COPY.text(),
            BLANK,
            XlsxMessages.README_HOW_TO_CHECK.text(),
            XlsxMessages.README_PAGE.text(),
            XlsxMessages.README_VALIDATE.text(),
            XlsxMessages.README_CONVERT.text());

    /** About how many characters of the text style fit the column's width on one line. */
    private static final int CHARS_PER_LINE = 135;

    private ReadMe() {
    }

    /** Fills {@code sheet}. */
    static void write(Sheet sheet, Lang lang, WorkbookStyles styles) {
        sheet.setColumnWidth(0, 110 * 256);
        for (int i = 0; i < LINES.size(); i++) {
            Row row = sheet.createRow(i);
            Cell cell = row.createCell(0);
            String line = LINES.get(i).in(lang);
            cell.setCellValue(line);
            // Not every spreadsheet fits a row to its wrapped text on opening (LibreOffice does not),
            // so a line longer than the column gets the height of the lines it wraps to.
            int wrapped = Math.max(1, (line.length() + CHARS_PER_LINE - 1) / CHARS_PER_LINE);
            if (wrapped > 1) {
                row.setHeightInPoints(wrapped * sheet.getDefaultRowHeightInPoints());
            }
            // The first line and each line after a blank one is a title.
            boolean title = i == 0 || LINES.get(i - 1).en().isEmpty() && !LINES.get(i).en().isEmpty();
            cell.setCellStyle(title ? styles.title() : styles.text());
        }
    }
}
