package org.opdl.schema.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.schema.xlsx.Books.row;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Lang;
import org.opdl.schema.format.DatasetSink;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.SourceRecord;
import org.opdl.schema.testing.SheetRead;
import tools.jackson.databind.node.ObjectNode;

/**
 * A coordinator's sheets of the fifteenth round: a row of nothing but formula errors, a note beside the
 * Organizations sheet, numbers and dates as Excel saves them.
 */
@DisplayName("Spreadsheets, fifteenth round")
@Timeout(60)
class FifteenthRoundSheetsTest {

    private static final String HEAD = "Listing ID,Title (en),Program types,Places\r\n";

    static byte[] bytes(XSSFWorkbook wb) throws IOException {
        try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Nested
    @DisplayName("a row whose only content is formula errors (#REF! after the column its formulas read was deleted)")
    class RowOfErrors {

        @Test
        @DisplayName("in a CSV, is named with its cells and the fix, and makes no listing blamed for empty fields")
        void csv() throws IOException {
            SheetRead r = SheetRead.of("csv", (HEAD
                    + "listing:coop-video-mtl/atelier-ete,Summer lab,lab,12\r\n"
                    + "#REF!,#REF!,#REF!,#REF!\r\n"
                    + "listing:coop-video-mtl/atelier-hiver,Winter lab,mentorship,8\r\n").getBytes(StandardCharsets.UTF_8));
            assertThat(r.records()).hasSize(2);
            assertThat(r.ids()).containsExactly("listing:coop-video-mtl/atelier-ete", "listing:coop-video-mtl/atelier-hiver");
            assertThat(r.of("opdl.xlsx.cell-error")).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.location().describe(Lang.EN)).isEqualTo("row 3");
                assertThat(f.message().en()).isEqualTo("row 3 holds nothing but spreadsheet errors, in 4 cells: A (#REF!),"
                        + " B (#REF!), C (#REF!), D (#REF!). Its formulas lost what they read (as when a column or a sheet they"
                        + " point to is deleted), so the row holds no value and no listing was made of it");
                assertThat(f.message().fr()).startsWith("la rangée 3 ne contient que des erreurs de tableur, en 4 cellules :"
                        + " A (#REF!), B (#REF!)");
                assertThat(f.fix().en()).isEqualTo("in the sheet the file was saved from, mend the formulas of row 3 or type the"
                        + " values themselves in their place; or delete row 3 if it holds no program. Then save the file again");
                assertThat(f.fix().fr()).startsWith("dans la feuille d'où le fichier a été enregistré, réparez les formules de la"
                        + " rangée 3");
            });
        }

        @Test
        @DisplayName("with errors of several kinds and blank cells between them, counts the cells past the fourth")
        void severalKinds() throws IOException {
            SheetRead r = SheetRead.of("csv", ("Listing ID,Title (en),Title (fr),Program types,Places,Start date\r\n"
                    + "#N/A,#REF!,,#VALEUR!,Err:502,#REF!\r\n"
                    + "listing:coop-video-mtl/atelier-hiver,Winter lab,,mentorship,8,\r\n").getBytes(StandardCharsets.UTF_8));
            assertThat(r.ids()).containsExactly("listing:coop-video-mtl/atelier-hiver");
            assertThat(r.of("opdl.xlsx.cell-error")).singleElement().satisfies(f -> assertThat(f.message().en())
                    .startsWith("row 2 holds nothing but spreadsheet errors, in 5 cells: A (#N/A), B (#REF!), D (#VALEUR!),"
                            + " E (Err:502) and 1 more."));
        }

        @Test
        @DisplayName("beside a value, is a listing whose error cells are each named, as before")
        void errorBesideAValue() throws IOException {
            SheetRead r = SheetRead.of("csv", (HEAD + "listing:coop-video-mtl/atelier-ete,#REF!,lab,#REF!\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            assertThat(r.ids()).containsExactly("listing:coop-video-mtl/atelier-ete");
            assertThat(r.records().get(0).notes()).filteredOn(f -> f.ruleId().equals("opdl.xlsx.cell-error")).hasSize(2);
        }

        @Test
        @DisplayName("in a workbook, is named as in a CSV file at its row, not skipped as blank with an error at each cell")
        void workbook() throws IOException {
            XSSFWorkbook wb = new XSSFWorkbook();
            Sheet s = wb.createSheet("Listings");
            row(s, 0, "Listing ID", "Title (en)", "Program types", "Places");
            row(s, 1, "listing:coop-video-mtl/atelier-ete", "Summer lab", "lab", 12);
            Row errors = s.createRow(2);
            for (int c = 0; c < 4; c++) {
                Cell cell = errors.createCell(c);
                cell.setCellFormula("#REF!");
                cell.setCellErrorValue(FormulaError.REF.getCode());
            }
            row(s, 3, "listing:coop-video-mtl/atelier-hiver", "Winter lab", "mentorship", 8);
            SheetRead r = SheetRead.of("xlsx", bytes(wb));
            assertThat(r.ids()).containsExactly("listing:coop-video-mtl/atelier-ete", "listing:coop-video-mtl/atelier-hiver");
            assertThat(r.of("opdl.csv.blank-rows")).as("a row of errors is not blank").isEmpty();
            assertThat(r.of("opdl.xlsx.formula")).isEmpty();
            assertThat(r.of("opdl.xlsx.cell-error")).singleElement().satisfies(f -> {
                assertThat(f.location().describe(Lang.EN)).isEqualTo("Listings!3:3");
                assertThat(f.message().en()).startsWith("row 3 holds nothing but spreadsheet errors, in 4 cells: A (#REF!)");
            });
        }
    }

    private static byte[] entry(byte[] zip, String name) throws IOException {
        try (var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new IOException("no " + name);
    }

    /** What a workbook gave: the dataset's fields, the listings and the findings. */
    private record Reading(List<ObjectNode> dataset, List<SourceRecord> records, List<Finding> notes) {
    }

    private static Reading read(XSSFWorkbook wb) throws IOException {
        Reading r = new Reading(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        new XlsxListingReader(Limits.DEFAULT).read("book.xlsx", new ByteArrayInputStream(bytes(wb)), new DatasetSink() {
            @Override
            public void dataset(ObjectNode fields) {
                r.dataset().add(fields);
            }

            @Override
            public void record(SourceRecord record) {
                r.records().add(record);
            }

            @Override
            public void note(Finding f) {
                r.notes().add(f);
            }
        });
        return r;
    }

    @Nested
    @DisplayName("a note typed beside the Organizations sheet, beyond its last heading")
    class OrganizationsNote {

        private XSSFWorkbook book(Object... headings) {
            XSSFWorkbook wb = new XSSFWorkbook();
            Sheet listings = wb.createSheet("Listings");
            row(listings, 0, "Listing ID", "Title (en)", "Standard version", "Publisher name (en)", "Licence", "Generated");
            row(listings, 1, "listing:hot-docs/deal-maker", "Deal Maker", "0.2", "Hot Docs",
                    "https://creativecommons.org/licenses/by/4.0/", "2026-11-28T12:00:00-05:00");
            Sheet orgs = wb.createSheet("Organizations");
            row(orgs, 0, headings);
            row(orgs, 1, "provider:cmpa", "Canadian Media Producers Association", null, "Checked by Marie");
            row(orgs, 2, "provider:telefilm", "Telefilm Canada");
            return wb;
        }

        private void namedAndRead(Reading r) {
            assertThat(r.records()).hasSize(1);
            var list = r.dataset().get(0).get("organizations");
            assertThat(list.size()).isEqualTo(2);
            assertThat(list.at("/0/name/en").asString()).isEqualTo("Canadian Media Producers Association");
            assertThat(list.at("/1/id").asString()).isEqualTo("provider:telefilm");
            assertThat(r.notes()).filteredOn(f -> f.ruleId().equals("opdl.csv.unreadable")).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(((Location.Cell) f.location()).reference()).isEqualTo("Organizations!D2");
                assertThat(f.message().en()).isEqualTo("the cell holds \"Checked by Marie\" but its column D has no heading,"
                        + " so it belongs to no field; it was not read, and the rest of the row was");
                assertThat(f.fix().en()).isEqualTo("give the column its heading (opdl template lists them), or empty it");
            });
        }

        @Test
        @DisplayName("after a heading row that ends at the last heading, is named at its cell and the rest of the sheet read, as on Listings")
        void shortHeadingRow() throws IOException {
            namedAndRead(read(book("Organization ID", "Organization name (en)")));
        }

        @Test
        @DisplayName("after a heading row saved with empty cells to the right, is named at its cell and the rest of the sheet read")
        void emptyHeadingCells() throws IOException {
            namedAndRead(read(book("Organization ID", "Organization name (en)", "", "")));
        }
    }

    @Test
    @DisplayName("a number Excel saved with the 17 digits of its binary form (349.99000000000001) is read as the sheet shows it, to 15")
    void numbersToTheDigitsExcelKeeps() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Listings");
        row(s, 0, "Listing ID", "Title (en)", "Program types", "Fee type", "Fee amount", "Fee currency", "Subsidy rate", "Places");
        row(s, 1, "listing:coop-video-mtl/atelier-ete", "Summer lab", "lab", "tuition", 349.99, "CAD", 0.15, 12);
        byte[] book = bytes(wb);
        String xml = new String(entry(book, "xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
        assertThat(xml).contains("<v>349.99</v>", "<v>0.15</v>");
        // Excel writes a number with the 17 significant digits of its binary form, where 15 are the number's own.
        byte[] excel = Books.rezip(book, Map.of("xl/worksheets/sheet1.xml", xml
                .replace("<v>349.99</v>", "<v>349.99000000000001</v>").replace("<v>0.15</v>", "<v>0.14999999999999999</v>")
                .getBytes(StandardCharsets.UTF_8)));
        SheetRead r = SheetRead.of("xlsx", excel);
        var listing = r.records().get(0).listing();
        assertThat(listing.at("/fees/0/amount/amount").asString()).isEqualTo("349.99");
        assertThat(listing.at("/subsidy/rate").asString()).isEqualTo("0.15");
        assertThat(listing.at("/intakes/0/places").asInt()).isEqualTo(12);
        assertThat(r.records().get(0).notes()).isEmpty();
    }

    @Nested
    @DisplayName("a month and year typed into a cell (\"March 2027\"), which Excel saves as the first of the month shown \"Mar-27\"")
    class MonthAndYear {

        private SheetRead read(String format) throws IOException {
            XSSFWorkbook wb = new XSSFWorkbook();
            Sheet s = wb.createSheet("Listings");
            row(s, 0, "Listing ID", "Title (en)", "Program types", "Start date", "Timing (en)", "End date");
            row(s, 1, "listing:coop-video-mtl/atelier-ete", "Summer lab", "lab", null, null, LocalDate.of(2027, 6, 30));
            CellStyle monthYear = wb.createCellStyle();
            monthYear.setDataFormat(wb.createDataFormat().getFormat(format));
            for (int c : new int[] {3, 4}) {
                Cell cell = s.getRow(1).createCell(c);
                cell.setCellValue(LocalDate.of(2027, 3, 1));
                cell.setCellStyle(monthYear);
            }
            return SheetRead.of("xlsx", bytes(wb));
        }

        @Test
        @DisplayName("is no start date on the first of the month, but the month it shows, refused with where a month goes")
        void startDateNotTheFirst() throws IOException {
            SheetRead r = read("mmm-yy");
            var intake = r.records().get(0).listing().at("/intakes/0");
            assertThat(intake.has("startDate")).as("no day invented").isFalse();
            assertThat(intake.path("endDate").asString()).isEqualTo("2027-06-30");
            assertThat(r.records().get(0).notes()).filteredOn(f -> f.ruleId().equals("opdl.csv.unreadable")).singleElement()
                    .satisfies(f -> {
                        assertThat(((Location.Cell) f.location()).reference()).isEqualTo("Listings!D2");
                        assertThat(f.message().en()).contains("\"March 2027\"", "a month in \"Month\"");
                    });
        }

        @Test
        @DisplayName("in a column of words, is the month and year, not an ISO day; in a custom format too")
        void timingWords() throws IOException {
            assertThat(read("mmm-yy").records().get(0).listing().at("/intakes/0/timing/en").asString()).isEqualTo("March 2027");
            assertThat(read("mmmm yyyy").records().get(0).listing().at("/intakes/0/timing/en").asString()).isEqualTo("March 2027");
            assertThat(DateStyles.showsMonthAndYearOnly("[$-fr-CA]mmmm\\ yyyy;@")).isTrue();
            assertThat(DateStyles.showsMonthAndYearOnly("d mmm yyyy")).isFalse();
            assertThat(DateStyles.showsMonthAndYearOnly("mm/yy h:mm")).isFalse();
        }
    }

    @Test
    @DisplayName("a workbook saved as Excel's \"Strict Open XML Spreadsheet\" is refused with the format to save it as, in both languages")
    void strictOpenXml() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Listings");
        row(s, 0, "Listing ID", "Title (en)", "Program types", "Places");
        row(s, 1, "listing:coop-video-mtl/atelier-ete", "Summer lab", "lab", 12);
        byte[] book = bytes(wb);
        // Strict Open XML names its parts' relationships and elements in other namespaces than the usual .xlsx.
        Map<String, byte[]> strict = new java.util.HashMap<>();
        try (var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(book))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                strict.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                                "http://purl.oclc.org/ooxml/officeDocument/relationships")
                        .replace("http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SheetRead.of("xlsx", Books.rezip(book, strict)))
                .isInstanceOfSatisfying(org.opdl.schema.format.ReadException.class, e -> {
                    assertThat(e.rule().id()).isEqualTo("opdl.syntax.xlsx");
                    assertThat(e.text().en()).isEqualTo("the workbook is saved as \"Strict Open XML Spreadsheet\", a variant of"
                            + " .xlsx that opdl does not read");
                    assertThat(e.text().en()).doesNotContain("bug", "POI");
                    assertThat(e.fix().en()).startsWith("open it in Excel and save it again (File, Save As) as \"Excel Workbook (.xlsx)\"");
                    assertThat(e.text().fr()).startsWith("le classeur est enregistré en « Feuille de calcul Open XML Strict »");
                });
    }

    @Test
    @DisplayName("######## saved by Excel into a CSV for a date or number its column was too narrow to show is named at its cell, never read as a date")
    void numberSignsOfANarrowColumn() throws IOException {
        SheetRead r = SheetRead.of("csv", ("Listing ID,Title (en),Program types,Places,Start date\r\n"
                + "listing:coop-video-mtl/atelier-ete,Summer lab,lab,12,########\r\n"
                + "listing:coop-video-mtl/atelier-hiver,Winter lab,mentorship,###,2027-10-01\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(r.ids()).containsExactly("listing:coop-video-mtl/atelier-ete", "listing:coop-video-mtl/atelier-hiver");
        assertThat(r.records().get(0).listing().at("/intakes/0").has("startDate")).as("######## is no date").isFalse();
        assertThat(r.records().get(0).listing().at("/intakes/0/places").asInt()).isEqualTo(12);
        assertThat(r.records().get(1).listing().at("/intakes/0").has("places")).isFalse();
        assertThat(r.records().get(0).notes()).filteredOn(f -> f.ruleId().equals("opdl.csv.unreadable")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().describe(Lang.EN)).isEqualTo("row 2, column \"Start date\" (E)");
            assertThat(f.message().en()).isEqualTo("the cell shows ########, which Excel saves into a CSV file in place of a number"
                    + " or a date too wide for its column to show; the value itself is not in the file, so the cell was read as empty");
            assertThat(f.fix().en()).isEqualTo("in the sheet the file was saved from, widen the column (double-click the right edge"
                    + " of its heading) until each value shows whole, then save the file as CSV again");
            assertThat(f.message().fr()).startsWith("la cellule affiche ########, ce qu'Excel enregistre dans un fichier CSV");
        });
        assertThat(r.records().get(1).notes()).filteredOn(f -> f.ruleId().equals("opdl.csv.unreadable")).hasSize(1);
    }

    @Test
    @DisplayName("a date Excel saved into a CSV in its d-mmm-yy format (15-Mar-27) is refused for its two-digit year, not as a date without a year")
    void twoDigitYear() throws IOException {
        SheetRead r = SheetRead.of("csv", ("Listing ID,Title (en),Program types,Start date,End date\r\n"
                + "listing:coop-video-mtl/atelier-ete,Summer lab,lab,15-Mar-27,30-Jun-2027\r\n").getBytes(StandardCharsets.UTF_8));
        var intake = r.records().get(0).listing().at("/intakes/0");
        assertThat(intake.has("startDate")).as("no century guessed").isFalse();
        assertThat(intake.path("endDate").asString()).isEqualTo("2027-06-30");
        assertThat(r.records().get(0).notes()).filteredOn(f -> f.ruleId().equals("opdl.csv.unreadable")).singleElement().satisfies(f -> {
            assertThat(f.location().describe(Lang.EN)).isEqualTo("row 2, column \"Start date\" (D)");
            assertThat(f.message().en()).contains("expected a date with its year in four digits, such as 2027-03-15: \"15-Mar-27\""
                    + " gives only the last two (27), as Excel's d-mmm-yy format shows a date, and the century is not guessed");
            assertThat(f.message().en()).doesNotContain("does not give");
            assertThat(f.message().fr()).contains("« 15-Mar-27 » n'en donne que les deux derniers (27)");
        });
    }

    @Test
    @DisplayName("a date where a number goes (8-10 typed into Places, which Excel made 10 August) is refused as a date, with how to type the number again")
    void dateWhereANumberGoes() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Listings");
        row(s, 0, "Listing ID", "Title (en)", "Program types", "Places", "Fee type", "Fee amount", "Fee currency");
        row(s, 1, "listing:coop-video-mtl/atelier-ete", "Summer lab", "lab", LocalDate.of(2026, 8, 10), "tuition", 350, "CAD");
        SheetRead r = SheetRead.of("xlsx", bytes(wb));
        assertThat(r.records().get(0).listing().at("/intakes/0").has("places")).isFalse();
        assertThat(r.records().get(0).listing().at("/fees/0/amount/amount").asString()).isEqualTo("350");
        assertThat(r.records().get(0).notes()).filteredOn(f -> f.ruleId().equals("opdl.csv.unreadable")).singleElement().satisfies(f -> {
            assertThat(((Location.Cell) f.location()).reference()).isEqualTo("Listings!D2");
            assertThat(f.message().en()).isEqualTo("the cell \"2026-08-10\" cannot be read: expected a number, which \"2026-08-10\" is"
                    + " not: it is a date, which a spreadsheet makes of a number typed like a day and a month (8-10 for a range,"
                    + " 1/2 for a half) in a cell formatted as General; the number typed cannot be read back from it; the cell"
                    + " was left out and the rest of the row was read");
            assertThat(f.fix().en()).startsWith("write the number again in a cell formatted as Text (or Number) in the sheet");
            assertThat(f.message().fr()).contains("c'est une date");
        });
        SheetRead csv = SheetRead.of("csv", ("Listing ID,Title (en),Program types,Places\r\n"
                + "listing:coop-video-mtl/atelier-ete,Summer lab,lab,10-Aug\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(csv.records().get(0).notes()).filteredOn(f -> f.ruleId().equals("opdl.csv.unreadable")).singleElement()
                .satisfies(f -> assertThat(f.message().en()).contains("\"10-Aug\" is not: it is a date"));
    }
}
