package org.opdl.schema.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.opdl.model.finding.Finding;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.SourceRecord;

/** Workbooks made in the test, good and hostile, and a reading of them. */
final class Books {

    private Books() {
    }

    /** A one-sheet workbook laid out like the CSV form: headings, then rows. */
    static byte[] sheet(String name, List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet(name);
            for (int r = 0; r < rows.size(); r++) {
                row(s, r, rows.get(r).toArray());
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    /**
     * Row {@code r} of {@code s} as a person types it: a number as a number, a date as a date cell
     * shown as "d mmm yyyy", anything else as text, and a null as an empty cell.
     */
    static void row(Sheet s, int r, Object... cells) {
        Row row = s.createRow(r);
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else if (cells[c] instanceof LocalDate d) {
                Cell cell = row.createCell(c);
                cell.setCellValue(d);
                CellStyle style = s.getWorkbook().createCellStyle();
                style.setDataFormat(s.getWorkbook().createDataFormat().getFormat("d mmm yyyy"));
                cell.setCellStyle(style);
            } else if (cells[c] != null) {
                row.createCell(c).setCellValue(cells[c].toString());
            }
        }
    }

    /** A small valid listing row, with its headings. */
    static List<List<Object>> listing() {
        return List.of(
                List.of("Listing ID", "Title (en)", "Program types", "Places"),
                List.of("listing:northern-screen-lab/mentorship", "Emerging Producer Mentorship", "mentorship", 6));
    }

    /** The same zip with some entries replaced or added (a null value removes the entry). */
    static byte[] rezip(byte[] zip, Map<String, byte[]> replace) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> done = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (replace.containsKey(e.getName())) {
                    data = replace.get(e.getName());
                    done.add(e.getName());
                    if (data == null) {
                        continue;
                    }
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(data);
                z.closeEntry();
            }
            for (Map.Entry<String, byte[]> r : replace.entrySet()) {
                if (!done.contains(r.getKey()) && r.getValue() != null) {
                    z.putNextEntry(new ZipEntry(r.getKey()));
                    z.write(r.getValue());
                    z.closeEntry();
                }
            }
        }
        return out.toByteArray();
    }

    /** What a reading gave: the listings and every finding. */
    record Reading(List<SourceRecord> records, List<Finding> notes) {
        List<String> ruleIds() {
            List<String> out = new ArrayList<>();
            notes.forEach(f -> out.add(f.ruleId()));
            records.forEach(r -> r.notes().forEach(f -> out.add(f.ruleId())));
            return out;
        }
    }

    static Reading read(byte[] book, Limits limits) throws IOException {
        List<SourceRecord> records = new ArrayList<>();
        List<Finding> notes = new ArrayList<>();
        new XlsxListingReader(limits).read("book.xlsx", new ByteArrayInputStream(book), records::add, notes::add);
        return new Reading(records, notes);
    }
}
