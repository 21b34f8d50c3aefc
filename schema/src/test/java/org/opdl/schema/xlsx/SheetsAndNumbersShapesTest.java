package org.opdl.schema.xlsx;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.schema.format.Limits;
import tools.jackson.databind.JsonNode;

@DisplayName("Workbooks in the shapes Google Sheets and Numbers export read as the coordinator sees them")
@Timeout(120)
class SheetsAndNumbersShapesTest {

    private static final String ID = "listing:prairie-film-coop/documentary-lab";

    /** The listing's headings and row on {@code s}: a date in a custom format, a number and a TRUE cell. */
    private static void listing(Workbook wb, Sheet s) {
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("d mmm yyyy"));
        Row h = s.createRow(0);
        String[] headings = {"Listing ID", "Title (en)", "Program types", "Places", "Start date", "Places approximate"};
        for (int i = 0; i < headings.length; i++) {
            h.createCell(i).setCellValue(headings[i]);
        }
        Row r = s.createRow(1);
        r.createCell(0).setCellValue(ID);
        r.createCell(1).setCellValue("Documentary Lab");
        r.createCell(2).setCellValue("lab");
        r.createCell(3).setCellValue(12);
        Cell d = r.createCell(4);
        d.setCellValue(LocalDate.of(2026, 3, 2));
        d.setCellStyle(date);
        r.createCell(5).setCellValue(true);
    }

    private interface Shape {
        void build(XSSFWorkbook wb);
    }

    private static Books.Reading read(Shape shape) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            shape.build(wb);
            wb.write(out);
            return Books.read(out.toByteArray(), Limits.DEFAULT);
        }
    }

    private static void readRight(Books.Reading r) {
        assertThat(r.records()).hasSize(1);
        JsonNode l = r.records().get(0).listing();
        assertThat(l.at("/id").asString()).isEqualTo(ID);
        assertThat(l.at("/intakes/0/startDate").asString()).isEqualTo("2026-03-02");
        assertThat(l.at("/intakes/0/places").asInt()).isEqualTo(12);
        assertThat(l.at("/intakes/0/placesApproximate").asBoolean()).isTrue();
    }

    @Test
    @DisplayName("inline strings (no shared strings), a date as a number in a custom format and a TRUE cell are read")
    void inlineStrings() throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            listing(wb, wb.createSheet("Listings"));
            wb.write(out);
            readRight(Books.read(out.toByteArray(), Limits.DEFAULT));
        }
    }

    @Test
    @DisplayName("a renamed sheet of listings after an empty Sheet1 is read, not taken for an empty file")
    void emptySheetBefore() throws IOException {
        Books.Reading r = read(wb -> {
            wb.createSheet("Sheet1");
            listing(wb, wb.createSheet("Programs 2026"));
        });
        readRight(r);
        assertThat(r.ruleIds()).doesNotContain("opdl.xlsx.unknown-sheet");
    }

    @Test
    @DisplayName("a renamed sheet of listings after a sheet of notes is read, and the notes sheet is reported as not read")
    void notesSheetBefore() throws IOException {
        Books.Reading r = read(wb -> {
            wb.createSheet("Notes").createRow(0).createCell(0).setCellValue("Updated by Marie, March 2026");
            listing(wb, wb.createSheet("Programs 2026"));
        });
        readRight(r);
        List<Finding> unknown = r.notes().stream().filter(f -> f.ruleId().equals("opdl.xlsx.unknown-sheet")).toList();
        assertThat(unknown).hasSize(1);
        assertThat(((Location.Cell) unknown.get(0).location()).sheet()).isEqualTo("Notes");
        assertThat(unknown.get(0).message().fr()).contains("Notes");
    }

    @Test
    @DisplayName("the Listings sheet after an item sheet, an extra empty sheet and a hidden empty sheet: all read, nothing reported")
    void listingsNotFirst() throws IOException {
        Books.Reading r = read(wb -> {
            Sheet fees = wb.createSheet("Fees");
            Row h = fees.createRow(0);
            Row f = fees.createRow(1);
            Object[][] cells = {{"Listing ID", ID}, {"Fee type", "tuition"}, {"Fee amount", 450}, {"Fee currency", "CAD"}};
            for (int c = 0; c < cells.length; c++) {
                h.createCell(c).setCellValue((String) cells[c][0]);
                if (cells[c][1] instanceof Integer n) {
                    f.createCell(c).setCellValue(n);
                } else {
                    f.createCell(c).setCellValue((String) cells[c][1]);
                }
            }
            listing(wb, wb.createSheet("Listings"));
            wb.createSheet("Sheet3");
            wb.createSheet("Feuille 4");
            wb.setSheetHidden(3, true);
        });
        readRight(r);
        assertThat(r.records().get(0).listing().at("/fees/0/amount/amount").asString()).isEqualTo("450");
        assertThat(r.ruleIds()).doesNotContain("opdl.xlsx.unknown-sheet", "opdl.xlsx.unjoined");
    }

    @Test
    @DisplayName("cells with only formatting down to row 1,048,576 are skipped and counted, in time")
    void formattedToLastRow() throws IOException {
        Books.Reading r = read(wb -> {
            Sheet s = wb.createSheet("Listings");
            listing(wb, s);
            CellStyle fill = wb.createCellStyle();
            fill.setFillForegroundColor((short) 13);
            fill.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            for (int i = 2; i < 40; i++) {
                Row row = s.createRow(i);
                for (int c = 0; c < 8; c++) {
                    row.createCell(c).setCellStyle(fill);
                }
            }
            s.createRow(1_048_575).createCell(0).setCellStyle(fill);
        });
        readRight(r);
        assertThat(r.ruleIds()).doesNotContain("opdl.limit.rows").contains("opdl.csv.blank-rows");
    }

    @Test
    @DisplayName("a formula with no saved value (as some exports leave) is reported at its cell, never given a value")
    void formulaWithoutValue() throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Listing ID</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>Title (en)</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>Places</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>" + ID + "</t></is></c>"
                + "<c r=\"B2\" t=\"str\"><f>CONCATENATE(\"Documentary \",\"Lab\")</f></c><c r=\"C2\"><f>6*2</f></c></row>"
                + "</sheetData></worksheet>";
        byte[] book = Books.rezip(Books.sheet("Listings", Books.listing()), Map.of("xl/worksheets/sheet1.xml", xml.getBytes(UTF_8)));
        Books.Reading r = Books.read(book, Limits.DEFAULT);
        List<Finding> formulas = r.notes().stream().filter(f -> f.ruleId().equals("opdl.xlsx.formula")).toList();
        assertThat(formulas).extracting(f -> ((Location.Cell) f.location()).column()).containsExactly("B", "C");
        assertThat(formulas.get(0).fix().en()).contains("paste as values");
        assertThat(formulas.get(0).fix().fr()).isNotBlank();
        JsonNode l = r.records().get(0).listing();
        assertThat(l.at("/title/en").isMissingNode()).isTrue();
        assertThat(l.at("/intakes/0/places").isMissingNode()).isTrue();
    }
}
