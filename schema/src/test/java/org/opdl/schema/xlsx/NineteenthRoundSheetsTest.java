package org.opdl.schema.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.schema.xlsx.Books.row;
import static org.opdl.schema.xlsx.SixteenthRoundSheetsTest.bytes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.opdl.schema.testing.SheetRead;
import tools.jackson.databind.JsonNode;

/**
 * A coordinator's workbooks and CSV files of the nineteenth round: Excel's separator line saved back quoted, values
 * of one item each put on lines of their own in a cell, and Excel's text apostrophe typed before each value of a list.
 */
@DisplayName("Spreadsheets, nineteenth round")
@Timeout(60)
class NineteenthRoundSheetsTest {

    private static final String ID = "listing:hot-docs/doc-accelerator";
    private static final String HEADINGS = "Listing ID;Title (en);Program types;Application deadline;Start date;Places";
    private static final String ROW = ID + ";Doc Accelerator;lab;2027-02-05;2027-03-15;12";

    private static JsonNode first(SheetRead r) {
        return r.records().get(0).listing();
    }

    @Nested
    @DisplayName("Excel's sep= first line saved back as a cell of its own, quoted (Y71)")
    class QuotedSeparatorLine {

        @Test
        @DisplayName("\"sep=;\" is read as the separator it names, the heading row under it, the rows numbered as in the sheet")
        void semicolon() throws IOException {
            SheetRead r = SheetRead.of("csv", "\"sep=;\"\r\n" + HEADINGS + "\r\n" + ROW + "\r\n");
            assertThat(r.ids()).containsExactly(ID);
            assertThat(first(r).at("/intakes/0/places").asInt()).isEqualTo(12);
            assertThat(r.of("opdl.syntax.csv")).isEmpty();
        }

        @Test
        @DisplayName("\"sep=,\" before a file separated by commas is skipped too, never taken for a title above the headings")
        void comma() throws IOException {
            SheetRead r = SheetRead.of("csv", "\"sep=,\"\n" + HEADINGS.replace(';', ',') + "\n" + ROW.replace(';', ',') + "\n");
            assertThat(r.ids()).containsExactly(ID);
        }

        @Test
        @DisplayName("the bytes of a quoted hint and of the cells stay UTF-8 with their accents")
        void accents() throws IOException {
            SheetRead r = SheetRead.of("csv", ("\"sep=;\"\n" + HEADINGS + "\n" + ROW.replace("Doc Accelerator", "Atelier d’été") + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            assertThat(first(r).at("/title/en").asString()).isEqualTo("Atelier d’été");
        }

        @Test
        @DisplayName("a first cell that only begins like the hint is still a title above the headings")
        void notAHint() {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> SheetRead.of("csv", "\"sep=; our programs\"\n" + HEADINGS + "\n" + ROW + "\n"))
                    .hasMessageContaining("row 1 has no heading").hasMessageContaining("sep=; our programs");
        }
    }

    @Nested
    @DisplayName("the values of the items of a group put on lines of their own in one cell, Alt+Enter in Excel (Y72)")
    class LinesInAGroupCell {

        private static final String HEADINGS = "Listing ID,Title (en),Program types,Applications open,Application deadline,Places";

        @Test
        @DisplayName("in a CSV file, deadlines and places on two lines are read as the two intakes, beside a cell separated by |")
        void csv() throws IOException {
            SheetRead r = SheetRead.of("csv", HEADINGS + "\n" + ID + ",Doc Accelerator,lab,2026-11-30 | 2027-05-01,"
                    + "\"2027-02-05\n2027-08-04\",\"6\r\n4\"\n");
            JsonNode intakes = first(r).path("intakes");
            assertThat(intakes).hasSize(2);
            assertThat(intakes.get(1).path("applicationDeadline").asString()).isEqualTo("2027-08-04");
            assertThat(intakes.get(1).path("places").asInt()).isEqualTo(4);
            assertThat(r.records().get(0).notes()).noneMatch(f -> f.ruleId().equals("opdl.csv.unreadable"));
            assertThat(r.of("opdl.csv.label-normalised")).singleElement()
                    .satisfies(f -> assertThat(f.message().en()).contains("2027-02-05 | 2027-08-04"));
        }

        @Test
        @DisplayName("in a workbook, cells of the group on lines are read item by item beside a cell separated by |")
        void workbook() throws IOException {
            XSSFWorkbook wb = new XSSFWorkbook();
            Sheet s = wb.createSheet("Listings");
            row(s, 0, "Listing ID", "Title (en)", "Program types", "Application deadline", "Start date", "Places");
            row(s, 1, ID, "Doc Accelerator", "lab", "2027-02-05 | 2027-08-04", "2027-03-15\n2027-09-13", "6\n4");
            SheetRead r = SheetRead.of("xlsx", bytes(wb));
            JsonNode intakes = first(r).path("intakes");
            assertThat(intakes).hasSize(2);
            assertThat(intakes.get(0).path("startDate").asString()).isEqualTo("2027-03-15");
            assertThat(intakes.get(1).path("startDate").asString()).isEqualTo("2027-09-13");
            assertThat(intakes.get(1).path("places").asInt()).isEqualTo(4);
        }

        @Test
        @DisplayName("lines that do not match the items of the other cells are still named at the cell, never cut")
        void misaligned() throws IOException {
            SheetRead r = SheetRead.of("csv", HEADINGS + "\n" + ID + ",Doc Accelerator,lab,2026-11-30 | 2027-05-01,"
                    + "\"2027-02-05\n2027-08-04\n2028-02-04\",6 | 4\n");
            assertThat(r.records().get(0).notes()).filteredOn(f -> f.ruleId().equals("opdl.csv.unreadable")).singleElement()
                    .satisfies(f -> assertThat(f.message().en()).contains("column D has 2"));
        }

        @Test
        @DisplayName("a line break in words of an item stays in its words, never cut into items")
        void words() throws IOException {
            SheetRead r = SheetRead.of("csv", "Listing ID,Title (en),Program types,Timing (en),Places\n" + ID
                    + ",Doc Accelerator,lab,\"Spring intake\nby invitation\",6\n");
            assertThat(first(r).at("/intakes/0/timing/en").asString()).isEqualTo("Spring intake\nby invitation");
        }
    }

    @Nested
    @DisplayName("Excel's text apostrophe typed before each value of a list cell (Y73)")
    class ApostropheBeforeEachValue {

        @Test
        @DisplayName("'2027-03-07 | '2027-09-03 in Start date is read as the two days, with the one note of the apostrophe")
        void dates() throws IOException {
            SheetRead r = SheetRead.of("csv", "Listing ID,Title (en),Program types,Start date,Places\n" + ID
                    + ",Doc Accelerator,lab,'2027-03-07 | '2027-09-03,6 | '4\n");
            JsonNode intakes = first(r).path("intakes");
            assertThat(intakes.get(1).path("startDate").asString()).isEqualTo("2027-09-03");
            assertThat(intakes.get(1).path("places").asInt()).isEqualTo(4);
            assertThat(r.records().get(0).notes()).noneMatch(f -> f.ruleId().startsWith("opdl.structure"));
            assertThat(r.of("opdl.csv.text-marker")).singleElement().satisfies(f -> assertThat(f.message().en()).contains("2027-03-07 | 2027-09-03"));
        }

        @Test
        @DisplayName("in a column of words, the apostrophes are the writer's own and kept")
        void words() throws IOException {
            SheetRead r = SheetRead.of("csv", "Listing ID,Title (en),Program types\n" + ID + ",'90s Kids Lab | 'Zine Lab,lab\n");
            assertThat(first(r).at("/title/en").asString()).isEqualTo("'90s Kids Lab | 'Zine Lab");
        }
    }

    @Nested
    @DisplayName("a workbook exported by Numbers one worksheet per table, each sheet's name followed by its table's (Y74)")
    class NumbersTableNames {

        private SheetRead workbook(String listings, String intakes, String fees) throws IOException {
            XSSFWorkbook wb = new XSSFWorkbook();
            Sheet s = wb.createSheet(listings);
            row(s, 0, "Listing ID", "Title (en)", "Program types");
            row(s, 1, ID, "Doc Accelerator", "lab");
            Sheet i = wb.createSheet(intakes);
            row(i, 0, "Listing ID", "Start date", "Places");
            row(i, 1, ID, "2027-03-15", 8);
            row(i, 2, ID, "2027-09-13", 6);
            Sheet f = wb.createSheet(fees);
            row(f, 0, "Listing ID", "Fee type", "Fee amount", "Fee currency");
            row(f, 1, ID, "application", 75, "CAD");
            return SheetRead.of("xlsx", bytes(wb));
        }

        @Test
        @DisplayName("\"Intakes - Table 1\" and \"Fees - Table 1\" are read as the Intakes and Fees sheets, their items joined to the listing")
        void english() throws IOException {
            SheetRead r = workbook("Listings - Table 1", "Intakes - Table 1", "Fees - Table 1");
            assertThat(first(r).path("intakes")).hasSize(2);
            assertThat(first(r).at("/intakes/1/places").asInt()).isEqualTo(6);
            assertThat(first(r).at("/fees/0/amount/amount").asString()).isEqualTo("75");
            assertThat(r.of("opdl.xlsx.unknown-sheet")).isEmpty();
        }

        @Test
        @DisplayName("French Numbers names its tables \"Tableau 1\": \"Frais - Tableau 1\" is the Fees sheet")
        void french() throws IOException {
            SheetRead r = workbook("Fiches - Tableau 1", "Intakes", "Frais - Tableau 1");
            assertThat(first(r).at("/fees/0/amount/amount").asString()).isEqualTo("75");
            assertThat(r.of("opdl.xlsx.unknown-sheet")).isEmpty();
        }

        @Test
        @DisplayName("a sheet whose name only ends in words of its own is still not part of the form")
        void otherWords() throws IOException {
            SheetRead r = workbook("Listings", "Intakes - Table 1", "Fees 2027 budget");
            assertThat(first(r).path("intakes")).hasSize(2);
            assertThat(r.of("opdl.xlsx.unknown-sheet")).singleElement()
                    .satisfies(f -> assertThat(f.message().en()).contains("Fees 2027 budget"));
        }
    }

    @Nested
    @DisplayName("a code pasted from a web page with a non-breaking space after it, in a currency, language or country column (Y75)")
    class PastedSpaces {

        private SheetRead pasted() throws IOException {
            return SheetRead.of("csv", "Listing ID,Title (en),Program types,Stipend amount,Stipend currency,Working languages,Country\n"
                    + ID + ",Doc Accelerator,lab,1500,CAD\u00A0,en\u00A0|\u00A0fr,CA\u00A0\n");
        }

        @Test
        @DisplayName("is read as its code, and the warning says the spaces were removed, never that they were kept")
        void removed() throws IOException {
            SheetRead r = pasted();
            assertThat(first(r).at("/stipend/amount/currency").asString()).isEqualTo("CAD");
            assertThat(first(r).path("workingLanguages").toString()).isEqualTo("[\"en\",\"fr\"]");
            assertThat(r.records().get(0).notes()).filteredOn(f -> f.ruleId().equals("opdl.csv.stray-spaces")).hasSize(4)
                    .allSatisfy(f -> assertThat(f.message().en()).endsWith("they were removed").doesNotContain("kept"));
        }

        @Test
        @DisplayName("counts no label read as a code for a code written as the code")
        void noLabelNote() throws IOException {
            assertThat(pasted().of("opdl.csv.label-normalised")).isEmpty();
        }
    }

    @Nested
    @DisplayName("a share saved by Excel in a French locale, with the no-break space French writes before % (Y76)")
    class FrenchPercent {

        @Test
        @DisplayName("50\u00A0% and 12,5\u202F% in Subsidy rate are read as 0.5 and 0.125, as 50% is")
        void read() throws IOException {
            SheetRead r = SheetRead.of("csv", "Listing ID,Title (en),Program types,Subsidy rate\n"
                    + ID + ",Doc Accelerator,lab,50\u00A0%\n" + ID.replace("doc-", "docs-") + ",Docs Lab,lab,\"12,5\u202F%\"\n");
            assertThat(r.records().get(0).listing().at("/subsidy/rate").asString()).isEqualTo("0.5");
            assertThat(r.records().get(1).listing().at("/subsidy/rate").asString()).isEqualTo("0.125");
            assertThat(r.records()).allSatisfy(x -> assertThat(x.notes()).noneMatch(f -> f.ruleId().equals("opdl.csv.unreadable")));
        }

        @Test
        @DisplayName("in a money column the share is still refused, whatever space is before its sign")
        void money() throws IOException {
            SheetRead r = SheetRead.of("csv", "Listing ID,Title (en),Program types,Stipend amount,Stipend currency\n"
                    + ID + ",Doc Accelerator,lab,50\u00A0%,CAD\n");
            assertThat(r.records().get(0).notes()).anyMatch(f -> f.ruleId().equals("opdl.csv.unreadable"));
        }
    }
}
