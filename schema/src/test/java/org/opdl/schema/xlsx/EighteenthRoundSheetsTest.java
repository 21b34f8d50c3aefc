package org.opdl.schema.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.opdl.schema.xlsx.Books.row;
import static org.opdl.schema.xlsx.SixteenthRoundSheetsTest.bytes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.finding.Severity;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.testing.SheetRead;

/**
 * A coordinator's workbooks and CSV files of the eighteenth round: a date and time saved with its offset from UTC, a
 * length of time in a format that counts past a day, notes on a row of totals, and a second sheet of listings.
 */
@DisplayName("Spreadsheets, eighteenth round")
@Timeout(60)
class EighteenthRoundSheetsTest {

    private static final String ID = "listing:hot-docs/doc-accelerator";

    private static String reference(Finding f) {
        return ((Location.Cell) f.location()).reference();
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
    @DisplayName("a date and time in ISO 8601 with its offset from UTC, as some programs save a date cell (Y66)")
    class DateWithOffset {

        private SheetRead workbook() throws IOException {
            XSSFWorkbook wb = new XSSFWorkbook();
            Sheet s = wb.createSheet("Listings");
            row(s, 0, "Listing ID", "Title (en)", "Program types", "Start date", "Application deadline", "Last updated");
            row(s, 1, ID, "Doc Accelerator", "lab", "start", "deadline", "updated");
            byte[] book = bytes(wb);
            String xml = entry(book, "xl/worksheets/sheet1.xml")
                    .replaceAll("<c r=\"D2\"[^>]*>.*?</c>", "<c r=\"D2\" t=\"d\"><v>2027-03-15T00:00:00.000Z</v></c>")
                    .replaceAll("<c r=\"E2\"[^>]*>.*?</c>", "<c r=\"E2\" t=\"d\"><v>2027-02-15T17:00:00-05:00</v></c>")
                    .replaceAll("<c r=\"F2\"[^>]*>.*?</c>", "<c r=\"F2\" t=\"d\"><v>2026-11-19T14:30:00.000Z</v></c>");
            return SheetRead.of("xlsx", Books.rezip(book, Map.of("xl/worksheets/sheet1.xml", xml.getBytes(StandardCharsets.UTF_8))));
        }

        @Test
        @DisplayName("at midnight is read as its day, as the same cell without an offset is")
        void midnightRead() throws IOException {
            SheetRead r = workbook();
            assertThat(r.records().get(0).listing().at("/intakes/0/startDate").asString()).isEqualTo("2027-03-15");
            assertThat(r.records().get(0).notes()).noneMatch(f -> reference(f).equals("Listings!D2"));
        }

        @Test
        @DisplayName("at another hour is refused naming the hour with its offset, never as words \"T17:00:00-05:00\" to move to Timing")
        void hourNamed() throws IOException {
            SheetRead r = workbook();
            assertThat(r.records().get(0).listing().at("/intakes/0").has("applicationDeadline")).isFalse();
            assertThat(r.records().get(0).notes()).filteredOn(f -> reference(f).equals("Listings!E2")).singleElement().satisfies(f -> {
                assertThat(f.ruleId()).isEqualTo("opdl.csv.unreadable");
                assertThat(f.message().en()).startsWith("the cell \"2027-02-15T17:00:00-05:00\" cannot be read: expected a day such as"
                        + " 2027-02-15, as the column holds the day, not the hour (the hour, 17:00 UTC-05:00, goes in the description");
                assertThat(f.fix().en()).isEqualTo("write 2027-02-15 here, and 17:00 UTC-05:00 in the description if applicants need the hour");
                assertThat(f.message().fr()).contains("17:00 UTC-05:00").doesNotContain("Moment");
            });
        }

        @Test
        @DisplayName("in \"Last updated\", which takes a date and time, is read as written")
        void lastUpdatedKept() throws IOException {
            SheetRead r = workbook();
            assertThat(r.records().get(0).listing().at("/lastUpdated").asString()).isEqualTo("2026-11-19T14:30:00.000Z");
            assertThat(r.records().get(0).notes()).noneMatch(f -> reference(f).equals("Listings!F2"));
        }

        @Test
        @DisplayName("in a CSV file is read or refused alike, in UTC too")
        void inCsv() throws IOException {
            SheetRead r = SheetRead.of("csv", "Listing ID,Title (en),Program types,Start date,Application deadline\n"
                    + ID + ",Doc Accelerator,lab,2027-03-15T00:00:00Z,2027-02-15T23:59:00Z\n");
            assertThat(r.records().get(0).listing().at("/intakes/0/startDate").asString()).isEqualTo("2027-03-15");
            assertThat(r.records().get(0).notes()).filteredOn(f -> f.ruleId().equals("opdl.csv.unreadable")).singleElement()
                    .satisfies(f -> assertThat(f.message().en()).contains("expected a day such as 2027-02-15")
                            .contains("the hour, 23:59 UTC,"));
        }
    }

    @Nested
    @DisplayName("a length of time in a format that counts past a day ([h]:mm), as \"37:30\" typed for hours (Y67)")
    class ElapsedTime {

        private SheetRead read() throws IOException {
            XSSFWorkbook wb = new XSSFWorkbook();
            CellStyle elapsed = wb.createCellStyle();
            elapsed.setDataFormat(wb.createDataFormat().getFormat("[h]:mm"));
            Sheet s = wb.createSheet("Listings");
            row(s, 0, "Listing ID", "Title (en)", "Program types", "Hours per week", "Title (fr)");
            row(s, 1, ID, "Doc Accelerator", "lab", 1.5625, 0.5);
            for (int c : new int[] {3, 4}) {
                Cell cell = s.getRow(1).getCell(c);
                cell.setCellStyle(elapsed);
            }
            return SheetRead.of("xlsx", bytes(wb));
        }

        @Test
        @DisplayName("is quoted as the cell shows it, 37:30, never as a day of January 1900, and never read as a number of hours")
        void quotedAsShown() throws IOException {
            SheetRead r = read();
            assertThat(r.records().get(0).listing().has("timeCommitment")).isFalse();
            assertThat(r.records().get(0).notes()).filteredOn(f -> reference(f).equals("Listings!D2")).singleElement().satisfies(f -> {
                assertThat(f.message().en()).startsWith("the cell \"37:30\" cannot be read: expected a number of hours");
                assertThat(f.message().fr()).contains("« 37:30 »").doesNotContain("1900");
            });
        }

        @Test
        @DisplayName("under a day is the hours shown, 12:00, never a day of December 1899")
        void underADay() throws IOException {
            assertThat(read().records().get(0).listing().at("/title/fr").asString()).isEqualTo("12:00");
        }

        @Test
        @DisplayName("counted in minutes or seconds is shown as the format counts it")
        void minutesAndSeconds() {
            assertThat(DateStyles.elapsedUnitOf("[h]:mm:ss")).isEqualTo('h');
            assertThat(DateStyles.elapsedUnitOf("[mm]:ss")).isEqualTo('m');
            assertThat(DateStyles.elapsedUnitOf("[Red]0.00")).isEqualTo('\0');
            assertThat(CellValues.elapsed(new java.math.BigDecimal("0.0625"), 'm')).isEqualTo("90:00");
            assertThat(CellValues.elapsed(new java.math.BigDecimal("1.5625"), 'h')).isEqualTo("37:30");
        }
    }

    @Test
    @DisplayName("notes on a row of totals are named at their cells, with a fix that sends them to the listings they concern (Y68)")
    void notesOnTotals() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Listings");
        row(s, 0, "Listing ID", "Title (en)", "Program types", "Places");
        row(s, 1, ID, "Doc Accelerator", "lab", 8);
        row(s, 2, ID + "-2", "Doc Accelerator 2", "lab", 6);
        row(s, 3, "Total", null, null, 14);
        SeventeenthRoundSheetsTest.NotesOnCells.note(wb, s, 3, 3, "Marie", "checked against the 2027 budget");
        SeventeenthRoundSheetsTest.NotesOnCells.note(wb, s, 1, 3, "Marie", "about 8, to be confirmed");
        SheetRead r = SheetRead.of("xlsx", bytes(wb));
        assertThat(r.records()).hasSize(2);
        assertThat(r.of("opdl.csv.not-a-listing")).singleElement();
        assertThat(r.of("opdl.xlsx.cell-note")).hasSize(2).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        Finding onTotals = r.of("opdl.xlsx.cell-note").stream().filter(f -> reference(f).equals("Listings!D4")).findFirst().orElseThrow();
        assertThat(onTotals.message().en()).contains("\"checked against the 2027 budget\"");
        assertThat(onTotals.fix().en()).startsWith("row 4 is not a listing and was skipped, so what the note says is in no listing")
                .doesNotContain("write it in the cell");
        assertThat(onTotals.fix().fr()).startsWith("la rangée 4 n'est pas une fiche");
        Finding onListing = r.of("opdl.xlsx.cell-note").stream().filter(f -> reference(f).equals("Listings!D2")).findFirst().orElseThrow();
        assertThat(onListing.fix().en()).startsWith("if applicants need what the note says, write it in the cell");
    }

    @Nested
    @DisplayName("a second sheet of listings, \"Listings 2027\" beside \"Listings 2026\", or a copy \"Listings (2)\" (Y69)")
    class SecondListingsSheet {

        private SheetRead read(String first, String second) throws IOException {
            XSSFWorkbook wb = new XSSFWorkbook();
            Sheet s = wb.createSheet(first);
            row(s, 0, "Listing ID", "Title (en)", "Program types", "Places");
            row(s, 1, ID, "Doc Accelerator", "lab", 8);
            Sheet t = wb.createSheet(second);
            row(t, 0, "Listing ID", "Title (en)", "Program types", "Places");
            row(t, 1, ID + "-2027", "Doc Accelerator 2027", "lab", 6);
            row(t, 2, "listing:hot-docs/deal-maker", "Deal Maker", "market", 20);
            return SheetRead.of("xlsx", bytes(wb));
        }

        @Test
        @DisplayName("is named as a sheet of listings whose rows were not read, with where to copy them, never told to take a name in use")
        void named() throws IOException {
            SheetRead r = read("Listings 2026", "Listings 2027");
            assertThat(r.ids()).containsExactly(ID);
            assertThat(r.of("opdl.xlsx.unknown-sheet")).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.message().en()).isEqualTo("the sheet \"Listings 2027\" holds listings under the headings of the sheet"
                        + " \"Listings 2026\" (2 filled rows under them), but a workbook has one sheet of listings, \"Listings 2026\":"
                        + " the rows of \"Listings 2027\" were not read");
                assertThat(f.fix().en()).isEqualTo("copy the rows of \"Listings 2027\", without its heading row, under the last row of"
                        + " \"Listings 2026\", each cell under the same heading, then delete the sheet \"Listings 2027\"");
                assertThat(f.message().fr()).contains("(2 rangées remplies sous eux)").contains("« Listings 2027 »");
            });
        }

        @Test
        @DisplayName("beside the sheet named Listings is named alike; a sheet of notes keeps the finding of a sheet not of the form")
        void copyOfListings() throws IOException {
            SheetRead r = read("Listings", "Listings (2)");
            assertThat(r.of("opdl.xlsx.unknown-sheet")).singleElement()
                    .satisfies(f -> assertThat(f.message().en()).startsWith("the sheet \"Listings (2)\" holds listings"));
            XSSFWorkbook wb = new XSSFWorkbook();
            row(wb.createSheet("Listings"), 0, "Listing ID", "Title (en)", "Program types");
            row(wb.getSheet("Listings"), 1, ID, "Doc Accelerator", "lab");
            row(wb.createSheet("Notes"), 0, "Title (en)", "Checked by Marie");
            assertThat(SheetRead.of("xlsx", bytes(wb)).of("opdl.xlsx.unknown-sheet")).singleElement()
                    .satisfies(f -> assertThat(f.message().en()).isEqualTo("the sheet \"Notes\" is not part of the form; its cells were not read"));
        }
    }

    @Nested
    @DisplayName("a sheet sorted with its heading row taken for a listing, so the headings sit under listings (Y70)")
    class HeadingsSortedDown {

        private static final String ROWS = ID + "-a,Archive Lab,lab,8\n" + ID + "-b,Breakthrough Lab,lab,8\n"
                + "Listing ID,Title (en),Program types,Places\n" + ID + "-c,Zine Lab,lab,6\n";

        private static void sortedDown(ReadException e) {
            assertThat(e.text().en()).isEqualTo("the heading row is row 3, under 2 rows of listings such as \"" + ID + "-a\": a sort"
                    + " took it for a listing and moved it down, so the rows above it cannot be read under their headings");
            assertThat(e.fix().en()).startsWith("move row 3 back above row 1 (cut it, then insert the cut cells above row 1)")
                    .endsWith("do not delete the rows above it, which hold listings");
            assertThat(e.text().fr()).startsWith("la rangée d'en-têtes est la rangée 3, sous 2 rangées de fiches comme « ");
        }

        @Test
        @DisplayName("in a CSV file, is refused with the fix to move the heading row back, never to delete the listings above it")
        void csv() {
            ReadException e = catchThrowableOfType(ReadException.class,
                    () -> SheetRead.of("csv", ROWS));
            sortedDown(e);
        }

        @Test
        @DisplayName("in a workbook, alike; a title above the headings keeps its own fix")
        void workbook() throws IOException {
            XSSFWorkbook wb = new XSSFWorkbook();
            Sheet s = wb.createSheet("Listings");
            String[] lines = ROWS.split("\n");
            for (int r = 0; r < lines.length; r++) {
                row(s, r, (Object[]) lines[r].split(","));
            }
            byte[] book = bytes(wb);
            sortedDown(catchThrowableOfType(ReadException.class, () -> SheetRead.of("xlsx", book)));
            ReadException title = catchThrowableOfType(ReadException.class,
                    () -> SheetRead.of("csv", "Hot Docs programs 2027\n\nListing ID,Title (en),Program types\n" + ID + ",Doc Accelerator,lab\n"));
            assertThat(title.fix().en()).isEqualTo("delete the rows above row 3, so that the heading row is the first row");
        }
    }
}
