package org.opdl.schema.xlsx;

import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Lang;

/**
 * The sheet of an annotated workbook that lists every finding, in report order: severity, rule,
 * place (a link to the cell when the finding has one), what is wrong and how to fix it. It opens
 * first, so a coordinator sees the list before the cells.
 */
final class FindingsSheet {

    private static final int[] WIDTHS = {12, 34, 30, 80, 80};

    private final XSSFWorkbook wb;
    private final Lang lang;

    FindingsSheet(XSSFWorkbook wb, Lang lang) {
        this.wb = wb;
        this.lang = lang;
    }

    /** Adds the sheet, named Findings (Constats in French, with a number if the name is taken). */
    void write(List<WorkbookAnnotator.Annotation> annotations) {
        Sheet sheet = wb.createSheet(freeName(XlsxMessages.FINDINGS_SHEET.in(lang)));
        List<XlsxMessages> headings = List.of(XlsxMessages.FINDINGS_SEVERITY, XlsxMessages.FINDINGS_RULE,
                XlsxMessages.FINDINGS_PLACE, XlsxMessages.FINDINGS_PROBLEM, XlsxMessages.FINDINGS_FIX);
        Row head = sheet.createRow(0);
        CellStyle bold = wb.createCellStyle();
        Font font = wb.createFont();
        font.setBold(true);
        bold.setFont(font);
        for (int i = 0; i < headings.size(); i++) {
            Cell c = head.createCell(i);
            c.setCellValue(headings.get(i).in(lang));
            c.setCellStyle(bold);
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        sheet.createFreezePane(0, 1);
        CellStyle link = wb.createCellStyle();
        Font blue = wb.createFont();
        blue.setUnderline(Font.U_SINGLE);
        blue.setColor(org.apache.poi.ss.usermodel.IndexedColors.BLUE.getIndex());
        link.setFont(blue);
        int r = 1;
        for (WorkbookAnnotator.Annotation a : annotations) {
            Finding f = a.finding();
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(severity(f.severity(), lang));
            row.createCell(1).setCellValue(f.ruleId());
            Cell place = row.createCell(2);
            place.setCellValue(f.location().describe(lang));
            if (f.location() instanceof Location.Cell c && c.row() > 0 && wb.getSheet(c.sheet()) != null) {
                Hyperlink h = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
                h.setAddress(c.reference());
                place.setHyperlink(h);
                place.setCellStyle(link);
            }
            String message = f.message().in(lang);
            if (a.listings() > 1) {
                message += XlsxMessages.FINDINGS_IN_LISTINGS.in(lang, a.listings());
            }
            row.createCell(3).setCellValue(message);
            row.createCell(4).setCellValue(f.fix().in(lang));
        }
        if (annotations.isEmpty()) {
            sheet.createRow(1).createCell(0).setCellValue(XlsxMessages.FINDINGS_NONE.in(lang));
        }
        int index = wb.getSheetIndex(sheet);
        wb.setSheetOrder(sheet.getSheetName(), 0);
        wb.setActiveSheet(0);
        wb.setFirstVisibleTab(0);
        for (int i = 1; i <= index; i++) {
            wb.getSheetAt(i).setSelected(false);
        }
        sheet.setSelected(true);
    }

    /** A sheet name the workbook does not use yet. */
    private String freeName(String base) {
        String name = base;
        for (int n = 2; wb.getSheet(name) != null; n++) {
            name = base + " (" + n + ")";
        }
        return name;
    }

    /** The severity as the note and the sheet name it. */
    static String severity(Severity s, Lang lang) {
        return switch (s) {
            case ERROR -> XlsxMessages.SEVERITY_ERROR.in(lang);
            case WARNING -> XlsxMessages.SEVERITY_WARNING.in(lang);
            case INFO -> "Information"; // the same word in both languages
        };
    }
}
