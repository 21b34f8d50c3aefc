package org.opdl.schema.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Lang;

/**
 * Writes a copy of a provider's workbook with the findings in it: each finding as a note on its
 * cell, the cell filled in the colour of its most serious finding, and a sheet that lists every
 * finding with a link to its cell. The original bytes are read, never written: the copy goes to
 * the stream the caller gives.
 */
public final class WorkbookAnnotator {

    /** Fill colours by severity: a light red, amber and blue that keep dark text readable. */
    private static final Map<Severity, String> FILLS = Map.of(
            Severity.ERROR, "FFC7CE", Severity.WARNING, "FFEB9C", Severity.INFO, "DDEBF7");

    static {
        Poi.quiet();
    }

    /**
     * One finding to write, with the number of listings it stands for when a report collapsed the
     * same finding in every listing into one.
     *
     * @param finding the finding
     * @param listings in how many listings it occurred (1 unless collapsed)
     */
    public record Annotation(Finding finding, long listings) {
    }

    private final XSSFWorkbook wb;
    private final Lang lang;
    private final Map<String, XSSFCellStyle> fills = new HashMap<>();

    private WorkbookAnnotator(XSSFWorkbook wb, Lang lang) {
        this.wb = wb;
        this.lang = lang;
    }

    /**
     * Writes the annotated copy of the workbook {@code original} (its bytes) onto {@code out}.
     *
     * @param original the bytes of the provider's workbook, already read and checked
     * @param annotations the findings of that workbook, in report order
     * @param lang the language of the notes and of the findings sheet
     * @param out where the copy goes
     */
    public static void annotate(byte[] original, List<Annotation> annotations, Lang lang, OutputStream out)
            throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(original))) {
            WorkbookAnnotator a = new WorkbookAnnotator(wb, lang);
            a.notes(annotations);
            new FindingsSheet(wb, lang).write(annotations);
            wb.write(out);
        }
    }

    /** One note per cell, holding every finding of that cell, most serious first. */
    private void notes(List<Annotation> annotations) {
        Map<String, List<Annotation>> byCell = new LinkedHashMap<>();
        for (Annotation a : annotations) {
            if (a.finding().location() instanceof Location.Cell c && c.row() > 0 && wb.getSheet(c.sheet()) != null) {
                byCell.computeIfAbsent(c.sheet() + "\u0000" + c.row() + "\u0000" + column(c), k -> new ArrayList<>()).add(a);
            }
        }
        Map<String, Drawing<?>> drawings = new HashMap<>();
        for (List<Annotation> here : byCell.values()) {
            here.sort((x, y) -> x.finding().severity().compareTo(y.finding().severity()));
            Location.Cell c = (Location.Cell) here.get(0).finding().location();
            Sheet sheet = wb.getSheet(c.sheet());
            int rowIndex = (int) Math.min(c.row() - 1, wb.getSpreadsheetVersion().getLastRowIndex());
            int col = column(c);
            Row row = sheet.getRow(rowIndex) != null ? sheet.getRow(rowIndex) : sheet.createRow(rowIndex);
            org.apache.poi.ss.usermodel.Cell cell = row.getCell(col) != null ? row.getCell(col) : row.createCell(col);
            cell.setCellStyle(fill((XSSFCellStyle) cell.getCellStyle(), mostSerious(here)));
            Drawing<?> drawing = drawings.computeIfAbsent(c.sheet(), s -> sheet.createDrawingPatriarch());
            note(cell, drawing, text(here));
        }
    }

    private static int column(Location.Cell c) {
        return c.column().isEmpty() ? 0 : CellReference.convertColStringToIndex(c.column());
    }

    private static Severity mostSerious(List<Annotation> here) {
        return here.get(0).finding().severity();
    }

    private String text(List<Annotation> here) {
        StringBuilder b = new StringBuilder();
        for (Annotation a : here) {
            Finding f = a.finding();
            if (b.length() > 0) {
                b.append("\n\n");
            }
            b.append(FindingsSheet.severity(f.severity(), lang)).append(" (").append(f.ruleId()).append("): ")
                    .append(f.message().in(lang));
            if (a.listings() > 1) {
                b.append(lang == Lang.FR ? " (dans " + a.listings() + " fiches)" : " (in " + a.listings() + " listings)");
            }
            b.append('\n').append(lang == Lang.FR ? "Correction : " : "Fix: ").append(f.fix().in(lang));
        }
        return b.toString();
    }

    private void note(org.apache.poi.ss.usermodel.Cell cell, Drawing<?> drawing, String text) {
        Comment old = cell.getCellComment();
        String body = old == null ? text : old.getString().getString() + "\n\n" + text;
        if (old != null) {
            cell.removeCellComment();
        }
        CreationHelper helper = wb.getCreationHelper();
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(cell.getColumnIndex() + 1);
        anchor.setCol2(cell.getColumnIndex() + 5);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 6);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(helper.createRichTextString(body));
        comment.setAuthor("opdl");
        cell.setCellComment(comment);
    }

    /** The cell's own style with the severity's fill, made once per style and severity. */
    private XSSFCellStyle fill(XSSFCellStyle base, Severity severity) {
        return fills.computeIfAbsent(base.getIndex() + ":" + severity, k -> {
            XSSFCellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(base);
            s.setFillForegroundColor(new XSSFColor(hex(FILLS.get(severity)), null));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return s;
        });
    }

    private static byte[] hex(String rgb) {
        return new byte[] {(byte) Integer.parseInt(rgb.substring(0, 2), 16),
                (byte) Integer.parseInt(rgb.substring(2, 4), 16), (byte) Integer.parseInt(rgb.substring(4, 6), 16)};
    }
}
