package org.opdl.schema.csv;

import java.io.IOException;
import java.util.List;

/**
 * The rows of a sheet, one at a time, as the spreadsheet form's reader takes them: the records of
 * a CSV file, or the rows of a workbook's sheet as its XML is pulled. Each row comes with its
 * one-based number in the sheet and its cells as text, empty where a cell is empty, so headings
 * and cells read the same whatever the source.
 */
public interface SheetRows {

    /** A row: its one-based number in the sheet and its cells, never null. */
    record Row(long number, List<String> cells) {
    }

    /** The next row, or null after the last. */
    Row next() throws IOException;
}
