package org.opdl.schema.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.schema.xlsx.Books.row;
import static org.opdl.schema.xlsx.SixteenthRoundSheetsTest.bytes;

import java.io.IOException;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.opdl.model.finding.Location;
import org.opdl.schema.testing.SheetRead;

/**
 * A coordinator's workbooks and CSV files of the twentieth round: cells merged down a column of listings, and the
 * other shapes this round found wanting.
 */
@DisplayName("Spreadsheets, twentieth round")
@Timeout(60)
class TwentiethRoundSheetsTest {

    private static final String ID = "listing:hot-docs/doc-accelerator";

    @Nested
    @DisplayName("cells merged down a column other than the listing id's (Y77)")
    class MergedDown {

        private SheetRead read(String... ranges) throws IOException {
            XSSFWorkbook wb = new XSSFWorkbook();
            Sheet s = wb.createSheet("Listings");
            row(s, 0, "Listing ID", "Title (en)", "Program types", "Career stages", "Start date", "Places");
            row(s, 1, ID, "Doc Accelerator", "lab", "emerging", "2027-03-15", 12);
            row(s, 2, ID + "-fall", "Doc Accelerator (fall)", null, null, "2027-09-15", 10);
            row(s, 3, "listing:hot-docs/doc-lab", "Doc Lab", "mentorship", "emerging", "2027-05-15", 8);
            for (String r : ranges) {
                s.addMergedRegion(CellRangeAddress.valueOf(r));
            }
            return SheetRead.of("xlsx", bytes(wb));
        }

        @Test
        @DisplayName("a list column merged over two listings is named at the cell read as empty, its value never copied")
        void listColumn() throws IOException {
            SheetRead r = read("C2:C3");
            assertThat(r.ids()).hasSize(3);
            assertThat(r.records().get(1).listing().has("programTypes")).isFalse();
            assertThat(r.of("opdl.xlsx.merged")).singleElement().satisfies(f -> {
                assertThat(((Location.Cell) f.location()).column()).isEqualTo("C");
                assertThat(((Location.Cell) f.location()).row()).isEqualTo(3);
                assertThat(f.message().en()).contains("C2:C3").contains("(C2)").contains("never as a copy");
                assertThat(f.message().fr()).contains("C2:C3").contains("fusionnées");
                assertThat(f.fix().en()).contains("unmerge the cells C2:C3");
            });
        }

        @Test
        @DisplayName("each range is named once, one merged across columns at the first cell beside its value")
        void acrossColumns() throws IOException {
            SheetRead r = read("C2:D3", "E4:F4");
            assertThat(r.of("opdl.xlsx.merged")).extracting(f -> ((Location.Cell) f.location()).column() + ((Location.Cell) f.location()).row())
                    .containsExactly("C3", "F4");
        }

        @Test
        @DisplayName("a merge of the heading row alone, or of one cell, names nothing")
        void headingsAlone() throws IOException {
            assertThat(read("E1:F1").of("opdl.xlsx.merged")).isEmpty();
            assertThat(MergedRange.of("C2:C2")).isNull();
            assertThat(MergedRange.of("A2:A3")).isNull();
        }
    }

    @Nested
    @DisplayName("a date in Excel's short date format, its year in two digits (Y78)")
    class ShortDateYear {

        private static final String HEADINGS = "Listing ID,Title (en),Program types,Start date,Application deadline,Places";

        @Test
        @DisplayName("15/03/27 and 3/15/27 in a CSV file are refused at the cell naming the two digits, never read in a century")
        void csv() throws IOException {
            SheetRead r = SheetRead.of("csv", HEADINGS + "\n" + ID + ",Doc Accelerator,lab,15/03/27,3/15/27,12\n");
            assertThat(r.records().get(0).listing().path("intakes").path(0).has("startDate")).isFalse();
            assertThat(r.records().get(0).notes()).filteredOn(f -> f.ruleId().equals("opdl.csv.unreadable")).hasSize(2)
                    .allSatisfy(f -> {
                        assertThat(f.message().en()).contains("only the last two digits of its year (27)").contains("d/m/yy or m/d/yy");
                        assertThat(f.message().fr()).contains("deux derniers chiffres de son année (27)");
                        assertThat(f.fix().en()).contains("year in four digits");
                    });
        }

        @Test
        @DisplayName("in a workbook's text cell too, while 15/03/2027 is still read day-first")
        void workbook() throws IOException {
            XSSFWorkbook wb = new XSSFWorkbook();
            Sheet s = wb.createSheet("Listings");
            row(s, 0, "Listing ID", "Title (en)", "Program types", "Start date", "Application deadline", "Places");
            row(s, 1, ID, "Doc Accelerator", "lab", "15.03.27", "15/03/2027", 12);
            SheetRead r = SheetRead.of("xlsx", bytes(wb));
            assertThat(r.records().get(0).listing().at("/intakes/0/applicationDeadline").asString()).isEqualTo("2027-03-15");
            assertThat(r.records().get(0).notes()).filteredOn(f -> f.ruleId().equals("opdl.csv.unreadable")).singleElement()
                    .satisfies(f -> assertThat(f.message().en()).contains("\"15.03.27\""));
        }
    }

    @Nested
    @DisplayName("a CSV saved by Excel for Windows as \"CSV (MS-DOS)\", in the DOS code page of its locale (Y79)")
    class DosCodePage {

        private static final String TEXT = "Listing ID,Title (en),Title (fr),Program types,Places\r\n"
                + ID + ",Summer lab,Atelier d’été à Montréal,lab,12\r\n"
                + ID + "-winter,Winter residency,Résidence à Québec pour créatrices,lab,6\r\n";

        @Test
        @DisplayName("code page 850 keeps every accent and is said to have been read so, never as Windows-1252")
        void cp850() throws IOException {
            SheetRead r = SheetRead.of("csv", TEXT.replace('’', '\'').getBytes(java.nio.charset.Charset.forName("IBM850")));
            assertThat(r.records().get(0).listing().at("/title/fr").asString()).isEqualTo("Atelier d'été à Montréal");
            assertThat(r.records().get(1).listing().at("/title/fr").asString()).isEqualTo("Résidence à Québec pour créatrices");
            assertThat(r.of("opdl.csv.encoding")).singleElement().satisfies(f -> {
                assertThat(f.message().en()).contains("DOS code page 850").contains("CSV (MS-DOS)");
                assertThat(f.message().fr()).contains("page de code DOS 850").contains("« CSV (MS-DOS) »");
                assertThat(f.fix().en()).contains("CSV UTF-8");
            });
        }

        @Test
        @DisplayName("code page 863 of French Canada is told from 850 by its capitals: À and È keep their accents")
        void cp863() throws IOException {
            SheetRead r = SheetRead.of("csv", TEXT.replace('’', '\'').replace("Atelier d'été", "À l'écoute ÉTÉ")
                    .replace("Résidence", "ÈRE Résidence").getBytes(java.nio.charset.Charset.forName("IBM863")));
            assertThat(r.records().get(1).listing().at("/title/fr").asString()).isEqualTo("ÈRE Résidence à Québec pour créatrices");
            assertThat(r.of("opdl.csv.encoding")).singleElement().satisfies(f -> assertThat(f.message().en()).contains("863"));
        }

        @Test
        @DisplayName("Windows-1252 and Mac Roman French, curly quotes and all, are still read as they were")
        void othersStay() throws IOException {
            SheetRead windows = SheetRead.of("csv", TEXT.replace("Summer lab", "“Summer” lab – online").getBytes(java.nio.charset.Charset.forName("windows-1252")));
            assertThat(windows.records().get(0).listing().at("/title/fr").asString()).isEqualTo("Atelier d’été à Montréal");
            assertThat(windows.of("opdl.csv.encoding").get(0).message().en()).contains("Windows-1252");
            SheetRead mac = SheetRead.of("csv", TEXT.getBytes(java.nio.charset.Charset.forName("x-MacRoman")));
            assertThat(mac.records().get(1).listing().at("/title/fr").asString()).isEqualTo("Résidence à Québec pour créatrices");
            assertThat(mac.of("opdl.csv.encoding").get(0).message().en()).contains("Mac Roman");
        }
    }

    @Nested
    @DisplayName("a formula whose value was never saved, as programs that write workbooks leave it (Y80)")
    class FormulaNeverComputed {

        private SheetRead read(String placesCell) throws IOException {
            String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Listing ID</t></is></c>"
                    + "<c r=\"B1\" t=\"inlineStr\"><is><t>Title (en)</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>Places</t></is></c></row>"
                    + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>" + ID + "</t></is></c>"
                    + "<c r=\"B2\" t=\"inlineStr\"><is><t>Doc Accelerator</t></is></c>" + placesCell + "</row>"
                    + "</sheetData></worksheet>";
            return SheetRead.of("xlsx", Books.rezip(Books.sheet("Listings", Books.listing()),
                    java.util.Map.of("xl/worksheets/sheet1.xml", xml.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        }

        @Test
        @DisplayName("is said to have no saved value, with how to have it computed, never quoted as an empty value read")
        void neverSaved() throws IOException {
            SheetRead r = read("<c r=\"C2\"><f>SUM(Fees!C2:C3)</f></c>");
            assertThat(r.records().get(0).listing().at("/intakes/0/places").isMissingNode()).isTrue();
            assertThat(r.of("opdl.xlsx.formula")).singleElement().satisfies(f -> {
                assertThat(f.message().en()).contains("=SUM(Fees!C2:C3) whose value was never saved").doesNotContain("\"\"");
                assertThat(f.message().fr()).contains("n'a jamais été enregistrée");
                assertThat(f.fix().en()).contains("which compute the formula").contains("paste as values");
            });
        }

        @Test
        @DisplayName("a formula whose saved value is empty text keeps the words of a value read")
        void savedEmpty() throws IOException {
            SheetRead r = read("<c r=\"C2\" t=\"str\"><f>IF(B2=\"\",\"\",\"\")</f><v></v></c>");
            assertThat(r.of("opdl.xlsx.formula")).singleElement()
                    .satisfies(f -> assertThat(f.message().en()).contains("read the value last saved"));
        }
    }
}
