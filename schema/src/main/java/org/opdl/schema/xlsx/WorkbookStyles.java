package org.opdl.schema.xlsx;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The few cell styles of a written workbook, made once per workbook (a workbook holds at most
 * about 64,000 styles, so one per cell would break a large one).
 *
 * @param required the heading of a required column: bold on orange
 * @param optional the heading of an optional column: bold on pale blue
 * @param date a date cell, shown as {@code yyyy-mm-dd} in Excel and LibreOffice alike
 * @param text a text cell, wrapped
 * @param title the title of the Read me sheet
 */
record WorkbookStyles(CellStyle required, CellStyle optional, CellStyle date, CellStyle text, CellStyle title) {

    /** The styles, made in {@code wb}. */
    static WorkbookStyles of(Workbook wb) {
        Font bold = wb.createFont();
        bold.setBold(true);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        CellStyle required = heading(wb, bold, IndexedColors.LIGHT_ORANGE);
        CellStyle optional = heading(wb, bold, IndexedColors.PALE_BLUE);
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        CellStyle text = wb.createCellStyle();
        text.setWrapText(true);
        CellStyle title = wb.createCellStyle();
        title.setFont(big);
        return new WorkbookStyles(required, optional, date, text, title);
    }

    private static CellStyle heading(Workbook wb, Font font, IndexedColors colour) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setFillForegroundColor(colour.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        s.setWrapText(true);
        return s;
    }
}
