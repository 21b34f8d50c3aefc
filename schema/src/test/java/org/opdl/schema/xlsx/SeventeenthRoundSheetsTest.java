package org.opdl.schema.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.schema.xlsx.Books.row;
import static org.opdl.schema.xlsx.SixteenthRoundSheetsTest.bytes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.opdl.model.finding.Location;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Lang;
import org.opdl.schema.testing.SheetRead;

/**
 * A coordinator's workbooks of the seventeenth round: one link over a range of cells, a date with its time of day,
 * a time alone, and a number in a cell formatted as a percentage.
 */
@DisplayName("Spreadsheets, seventeenth round")
@Timeout(60)
class SeventeenthRoundSheetsTest {

    private static final String ID = "listing:hot-docs/doc-accelerator";
    private static final String PAGE = "https://hotdocs.ca/industry/doc-accelerator";

    private static CellStyle format(XSSFWorkbook wb, String code) {
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(wb.createDataFormat().getFormat(code));
        return style;
    }

    private static Cell cell(Sheet s, int r, int c, Object value, CellStyle style) {
        Cell cell = s.getRow(r).createCell(c);
        if (value instanceof LocalDateTime t) {
            cell.setCellValue(t);
        } else {
            cell.setCellValue(((Number) value).doubleValue());
        }
        cell.setCellStyle(style);
        return cell;
    }

    private static String entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IllegalStateException(name);
    }

    @Nested
    @DisplayName("one link Excel gives a range of cells (D2:D5), as when the cells are selected before Insert, Link (Y61)")
    class RangeLink {

        private SheetRead read(String... shown) throws IOException {
            XSSFWorkbook wb = new XSSFWorkbook();
            Sheet s = wb.createSheet("Listings");
            row(s, 0, "Listing ID", "Title (en)", "Program types", "Program page");
            for (int i = 0; i < shown.length; i++) {
                row(s, i + 1, ID + "-" + (i + 1), "Doc Accelerator " + (i + 1), "lab", shown[i]);
            }
            XSSFHyperlink link = wb.getCreationHelper().createHyperlink(HyperlinkType.URL);
            link.setAddress(PAGE);
            link.setCellReference("D2:D" + (shown.length + 1));
            ((XSSFSheet) s).addHyperlink(link);
            return SheetRead.of("xlsx", bytes(wb));
        }

        @Test
        @DisplayName("is read for every cell of the range that shows words, each with the warning a single cell's link has")
        void everyCellOfTheRange() throws IOException {
            SheetRead r = read("Our website", "Our website", "Program page", "Site du programme");
            assertThat(r.records()).hasSize(4).allSatisfy(rec -> assertThat(rec.listing().at("/url").asString()).isEqualTo(PAGE));
            assertThat(r.of("opdl.xlsx.hyperlink")).hasSize(4).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
            assertThat(r.of("opdl.xlsx.hyperlink").stream().map(f -> ((Location.Cell) f.location()).reference()))
                    .containsExactly("Listings!D2", "Listings!D3", "Listings!D4", "Listings!D5");
            assertThat(r.of("opdl.xlsx.hyperlink").get(3).message().en()).isEqualTo("the cell shows \"Site du programme\", which is"
                    + " no web address, and links to " + PAGE + ": the link's address was read as the cell's value");
            assertThat(r.of("opdl.xlsx.hyperlink").get(3).message().fr()).startsWith("la cellule affiche « Site du programme »");
        }

        @Test
        @DisplayName("leaves a cell of the range that shows an address as it shows, and a blank one blank")
        void addressAndBlankKept() throws IOException {
            SheetRead r = read("https://hotdocs.ca/doc-accelerator", "", "Our website");
            assertThat(r.records().get(0).listing().at("/url").asString()).isEqualTo("https://hotdocs.ca/doc-accelerator");
            assertThat(r.records().get(1).listing().has("url")).isFalse();
            assertThat(r.records().get(2).listing().at("/url").asString()).isEqualTo(PAGE);
            assertThat(r.of("opdl.xlsx.hyperlink")).singleElement()
                    .satisfies(f -> assertThat(((Location.Cell) f.location()).reference()).isEqualTo("Listings!D4"));
        }
    }

    @Nested
    @DisplayName("a date cell with a time of day and no time zone, in a column that holds the day (Y62)")
    class DateAndTime {

        @Test
        @DisplayName("is refused naming the hour and where it goes, as the same cell in a CSV file, never as words \"T18:30\"")
        void hourNamed() throws IOException {
            XSSFWorkbook wb = new XSSFWorkbook();
            Sheet s = wb.createSheet("Listings");
            row(s, 0, "Listing ID", "Title (en)", "Program types", "Start date", "Application deadline");
            row(s, 1, ID, "Doc Accelerator", "lab");
            cell(s, 1, 3, LocalDateTime.of(2027, 3, 15, 18, 30), format(wb, "yyyy-mm-dd hh:mm"));
            cell(s, 1, 4, LocalDateTime.of(2027, 2, 15, 0, 0), format(wb, "m/d/yyyy h:mm"));
            SheetRead r = SheetRead.of("xlsx", bytes(wb));
            assertThat(r.records().get(0).listing().at("/intakes/0/applicationDeadline").asString()).isEqualTo("2027-02-15");
            assertThat(r.records().get(0).listing().at("/intakes/0").has("startDate")).isFalse();
            assertThat(r.records().get(0).notes()).singleElement().satisfies(f -> {
                assertThat(f.ruleId()).isEqualTo("opdl.csv.unreadable");
                assertThat(((Location.Cell) f.location()).reference()).isEqualTo("Listings!D2");
                assertThat(f.message().en()).startsWith("the cell \"2027-03-15 18:30\" cannot be read: expected a day such as"
                        + " 2027-03-15, as the column holds the day, not the hour (the hour, 18:30, goes in the description");
                assertThat(f.fix().en()).isEqualTo("write 2027-03-15 here, and 18:30 in the description if applicants need the hour");
                assertThat(f.message().fr()).contains("2027-03-15 18:30").doesNotContain("T18:30");
            });
        }

        @Test
        @DisplayName("saved as an ISO date cell (t=\"d\") is read alike: the hour named, and a midnight read as its day")
        void isoDateCells() throws IOException {
            XSSFWorkbook wb = new XSSFWorkbook();
            Sheet s = wb.createSheet("Listings");
            row(s, 0, "Listing ID", "Title (en)", "Program types", "Start date", "Application deadline");
            row(s, 1, ID, "Doc Accelerator", "lab", "start", "deadline");
            byte[] book = bytes(wb);
            String xml = entry(book, "xl/worksheets/sheet1.xml")
                    .replaceAll("<c r=\"D2\"[^>]*>.*?</c>", "<c r=\"D2\" t=\"d\"><v>2027-03-15T00:00:00</v></c>")
                    .replaceAll("<c r=\"E2\"[^>]*>.*?</c>", "<c r=\"E2\" t=\"d\"><v>2027-02-15T17:00:00</v></c>");
            SheetRead r = SheetRead.of("xlsx", Books.rezip(book, Map.of("xl/worksheets/sheet1.xml", xml.getBytes(StandardCharsets.UTF_8))));
            assertThat(r.records().get(0).listing().at("/intakes/0/startDate").asString()).isEqualTo("2027-03-15");
            assertThat(r.records().get(0).notes()).singleElement().satisfies(f -> {
                assertThat(((Location.Cell) f.location()).reference()).isEqualTo("Listings!E2");
                assertThat(f.message().en()).startsWith("the cell \"2027-02-15 17:00\" cannot be read").contains("the hour, 17:00,");
            });
        }

        @Test
        @DisplayName("in \"Last updated\" is said to have no time zone, as the same cell in a CSV file")
        void lastUpdated() throws IOException {
            XSSFWorkbook wb = new XSSFWorkbook();
            Sheet s = wb.createSheet("Listings");
            row(s, 0, "Listing ID", "Title (en)", "Program types", "Last updated");
            row(s, 1, ID, "Doc Accelerator", "lab");
            cell(s, 1, 3, LocalDateTime.of(2026, 11, 19, 14, 30), format(wb, "yyyy-mm-dd hh:mm"));
            SheetRead r = SheetRead.of("xlsx", bytes(wb));
            assertThat(r.records().get(0).listing().at("/lastUpdated").asString()).isEqualTo("2026-11-19 14:30");
            assertThat(r.records().get(0).notes()).singleElement().satisfies(f -> {
                assertThat(f.ruleId()).isEqualTo("opdl.csv.excel-date");
                assertThat(f.message().en()).isEqualTo("this date and time has no offset, as Excel writes it");
            });
        }
    }

    @Test
    @DisplayName("a time alone (4:30 typed into Hours per week, which Excel keeps as a time of day) is quoted as the cell shows it (Y63)")
    void timeAlone() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Listings");
        row(s, 0, "Listing ID", "Title (en)", "Program types", "Hours per week");
        row(s, 1, ID, "Doc Accelerator", "lab");
        cell(s, 1, 3, 0.1875, format(wb, "h:mm"));
        SheetRead r = SheetRead.of("xlsx", bytes(wb));
        assertThat(r.records().get(0).listing().has("timeCommitment")).isFalse();
        assertThat(r.records().get(0).notes()).singleElement().satisfies(f -> {
            assertThat(((Location.Cell) f.location()).reference()).isEqualTo("Listings!D2");
            assertThat(f.message().en()).startsWith("the cell \"4:30\" cannot be read: expected a number of hours");
            assertThat(f.message(Lang.FR)).contains("4:30").doesNotContain("1899");
        });
    }

    @Nested
    @DisplayName("a number in a cell formatted as a percentage (0.5 shown as 50%) (Y64)")
    class Percentage {

        private SheetRead read() throws IOException {
            XSSFWorkbook wb = new XSSFWorkbook();
            CellStyle percent = format(wb, "0%");
            Sheet s = wb.createSheet("Listings");
            row(s, 0, "Listing ID", "Title (en)", "Program types", "Places", "Subsidy rate");
            row(s, 1, ID, "Doc Accelerator", "lab");
            cell(s, 1, 3, 0.12, percent);
            cell(s, 1, 4, 0.15, percent);
            Sheet fees = wb.createSheet("Fees");
            row(fees, 0, "Listing ID", "Fee type", "Fee amount", "Fee currency");
            row(fees, 1, ID, "tuition", 0.5, "CAD");
            fees.getRow(1).getCell(2).setCellStyle(percent);
            row(fees, 2, ID, "application-fee", 75, "CAD");
            fees.getRow(2).getCell(2).setCellStyle(format(wb, "\"$\"#,##0.00"));
            return SheetRead.of("xlsx", bytes(wb));
        }

        @Test
        @DisplayName("in a fee's amount is refused as a share, with where a share goes, never read as an amount of 0.5")
        void feeRefused() throws IOException {
            SheetRead r = read();
            assertThat(r.records().get(0).listing().at("/fees/0/amount").has("amount")).isFalse();
            assertThat(r.records().get(0).listing().at("/fees/1/amount/amount").asString()).isEqualTo("75");
            assertThat(r.records().get(0).notes()).filteredOn(f -> f.location() instanceof Location.Cell c && c.reference().equals("Fees!C2"))
                    .singleElement().satisfies(f -> {
                        assertThat(f.ruleId()).isEqualTo("opdl.csv.unreadable");
                        assertThat(f.message().en()).startsWith("the cell \"50%\" cannot be read: expected an amount of money, which"
                                + " a share is not: 0.5 in \"Subsidy rate\"");
                        assertThat(f.message().fr()).contains("« 50% »");
                    });
        }

        @Test
        @DisplayName("in a count is quoted as the cell shows it, and in a rate is read as the share it is, with no finding")
        void countQuotedRateRead() throws IOException {
            SheetRead r = read();
            assertThat(r.records().get(0).listing().at("/subsidy/rate").asString()).isEqualTo("0.15");
            assertThat(r.records().get(0).listing().at("/intakes/0").has("places")).isFalse();
            assertThat(r.records().get(0).notes()).filteredOn(f -> f.location() instanceof Location.Cell c
                    && (c.reference().equals("Listings!D2") || c.reference().equals("Listings!E2")))
                    .singleElement().satisfies(f -> assertThat(f.message().en()).startsWith("the cell \"12%\" cannot be read"));
        }
    }

    @Nested
    @DisplayName("a note a coordinator left on a cell (Review, New Note), such as \"about 8, to be confirmed\" on Places (Y65)")
    class NotesOnCells {

        static void note(XSSFWorkbook wb, Sheet s, int r, int c, String author, String words) {
            var anchor = wb.getCreationHelper().createClientAnchor();
            anchor.setRow1(r);
            anchor.setCol1(c);
            anchor.setRow2(r + 3);
            anchor.setCol2(c + 2);
            var comment = s.createDrawingPatriarch().createCellComment(anchor);
            comment.setAuthor(author);
            comment.setString(wb.getCreationHelper().createRichTextString(words));
            if (s.getRow(r) == null) {
                s.createRow(r);
            }
            Cell cell = s.getRow(r).getCell(c) != null ? s.getRow(r).getCell(c) : s.getRow(r).createCell(c);
            cell.setCellComment(comment);
        }

        @Test
        @DisplayName("is named at its cell, its words quoted, in both languages; the heading row's notes and opdl's own are not")
        void namedAtItsCell() throws IOException {
            XSSFWorkbook wb = new XSSFWorkbook();
            Sheet s = wb.createSheet("Listings");
            row(s, 0, "Listing ID", "Title (en)", "Program types", "Places");
            row(s, 1, ID, "Doc Accelerator", "lab", 8);
            row(s, 2, ID + "-2", "Doc Accelerator 2", "lab", 6);
            note(wb, s, 0, 3, "Marie", "Places per intake");
            note(wb, s, 1, 3, "Marie Tremblay", "Marie Tremblay:\nabout 8, to be confirmed");
            note(wb, s, 2, 1, "opdl", "Title (en): the text is given in English only.");
            SheetRead r = SheetRead.of("xlsx", bytes(wb));
            assertThat(r.records()).hasSize(2);
            assertThat(r.records().get(0).listing().at("/intakes/0/places").asInt()).isEqualTo(8);
            assertThat(r.of("opdl.xlsx.cell-note")).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.INFO);
                assertThat(((Location.Cell) f.location()).reference()).isEqualTo("Listings!D2");
                assertThat(f.message().en()).isEqualTo("the cell carries a note, \"about 8, to be confirmed\", which was not read:"
                        + " a note belongs to no field, so what it says is in no listing");
                assertThat(f.fix().en()).startsWith("if applicants need what the note says, write it in the cell or in a column");
                assertThat(f.message().fr()).startsWith("la cellule porte une note, « about 8, to be confirmed », qui n'a pas été lue");
            });
        }

        @Test
        @DisplayName("on an item sheet, or on an empty cell, is named at its cell too")
        void itemSheetAndEmptyCell() throws IOException {
            XSSFWorkbook wb = new XSSFWorkbook();
            Sheet s = wb.createSheet("Listings");
            row(s, 0, "Listing ID", "Title (en)", "Program types");
            row(s, 1, ID, "Doc Accelerator", "lab");
            Sheet fees = wb.createSheet("Fees");
            row(fees, 0, "Listing ID", "Fee type", "Fee amount", "Fee currency");
            row(fees, 1, ID, "tuition", 450, "CAD");
            note(wb, fees, 1, 2, "Marc", "waived for Indigenous applicants");
            note(wb, s, 1, 5, "Marc", "ask Hot Docs for the 2027 dates");
            SheetRead r = SheetRead.of("xlsx", bytes(wb));
            assertThat(r.of("opdl.xlsx.cell-note").stream().map(f -> ((Location.Cell) f.location()).reference()))
                    .containsExactlyInAnyOrder("Fees!C2", "Listings!F2");
        }
    }
}
