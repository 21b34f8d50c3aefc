package org.opdl.schema.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.schema.xlsx.Books.row;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.opdl.model.finding.Location;
import org.opdl.model.finding.Severity;
import org.opdl.schema.testing.SheetRead;

/**
 * A coordinator's workbooks of the sixteenth round: a row of errors on an item sheet, and a cell of a
 * web-address column that shows words and links to the address.
 */
@DisplayName("Spreadsheets, sixteenth round")
@Timeout(60)
class SixteenthRoundSheetsTest {

    private static final String ID = "listing:hot-docs/doc-accelerator";

    static byte[] bytes(XSSFWorkbook wb) throws IOException {
        try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void errors(Sheet s, int r, int cells) {
        Row errors = s.createRow(r);
        for (int c = 0; c < cells; c++) {
            Cell cell = errors.createCell(c);
            cell.setCellFormula("#REF!");
            cell.setCellErrorValue(FormulaError.REF.getCode());
        }
    }

    @Nested
    @DisplayName("a row of nothing but formula errors on an item sheet (Fees), as after deleting the sheet its formulas read (Y56)")
    class ItemSheetRowOfErrors {

        @Test
        @DisplayName("is one error at the row naming its cells, as on the Listings sheet, and the sheet's other rows are read")
        void oneErrorAtTheRow() throws IOException {
            XSSFWorkbook wb = new XSSFWorkbook();
            row(wb.createSheet("Listings"), 0, "Listing ID", "Title (en)", "Program types");
            row(wb.getSheet("Listings"), 1, ID, "Doc Accelerator", "lab");
            Sheet fees = wb.createSheet("Fees");
            row(fees, 0, "Listing ID", "Fee type", "Fee amount", "Fee currency");
            row(fees, 1, ID, "application-fee", 75, "CAD");
            errors(fees, 2, 4);
            row(fees, 3, ID, "tuition", 450, "CAD");
            SheetRead r = SheetRead.of("xlsx", bytes(wb));
            assertThat(r.records()).singleElement().satisfies(rec -> {
                assertThat(rec.listing().at("/fees").size()).isEqualTo(2);
                assertThat(rec.listing().at("/fees/1/amount/amount").asString()).isEqualTo("450");
            });
            assertThat(r.of("opdl.xlsx.cell-error")).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.location().describe(org.opdl.model.text.Lang.EN)).isEqualTo("Fees!3:3");
                assertThat(f.message().en()).startsWith("row 3 holds nothing but spreadsheet errors, in 4 cells: A (#REF!),"
                        + " B (#REF!), C (#REF!), D (#REF!).");
                assertThat(f.message().fr()).startsWith("la rangée 3 ne contient que des erreurs de tableur, en 4 cellules");
            });
            assertThat(r.of("opdl.xlsx.unjoined")).isEmpty();
        }
    }

    @Nested
    @DisplayName("a cell of a web-address column that shows words and links to the address (Y57)")
    class LinkedWords {

        private XSSFWorkbook book(String shown, String address) {
            XSSFWorkbook wb = new XSSFWorkbook();
            Sheet s = wb.createSheet("Listings");
            row(s, 0, "Listing ID", "Title (en)", "Program types", "Program page", "Description (en)");
            row(s, 1, ID, "Doc Accelerator", "lab", shown, "See our website");
            if (address != null) {
                Hyperlink link = wb.getCreationHelper().createHyperlink(HyperlinkType.URL);
                link.setAddress(address);
                s.getRow(1).getCell(3).setHyperlink(link);
                Hyperlink other = wb.getCreationHelper().createHyperlink(HyperlinkType.URL);
                other.setAddress("https://hotdocs.ca/");
                s.getRow(1).getCell(4).setHyperlink(other);
            }
            return wb;
        }

        @Test
        @DisplayName("is read as the link's address, with a warning at the cell that says to type it, in both languages")
        void linkRead() throws IOException {
            SheetRead r = SheetRead.of("xlsx", bytes(book("Our website", "https://hotdocs.ca/industry/doc-accelerator")));
            assertThat(r.records().get(0).listing().at("/url").asString()).isEqualTo("https://hotdocs.ca/industry/doc-accelerator");
            assertThat(r.records().get(0).listing().at("/description/en").asString()).as("words are kept in a column of words")
                    .isEqualTo("See our website");
            assertThat(r.of("opdl.xlsx.hyperlink")).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(((Location.Cell) f.location()).reference()).isEqualTo("Listings!D2");
                assertThat(f.message().en()).isEqualTo("the cell shows \"Our website\", which is no web address, and links to"
                        + " https://hotdocs.ca/industry/doc-accelerator: the link's address was read as the cell's value");
                assertThat(f.fix().en()).isEqualTo("type the address itself, https://hotdocs.ca/industry/doc-accelerator, in"
                        + " place of \"Our website\": a CSV file saved from the sheet keeps only the words a cell shows");
                assertThat(f.message().fr()).startsWith("la cellule affiche « Our website », qui n'est pas une adresse Web, et mène à"
                        + " https://hotdocs.ca/industry/doc-accelerator");
            });
        }

        @Test
        @DisplayName("that shows an address already is read as it shows, with no warning")
        void addressShown() throws IOException {
            SheetRead r = SheetRead.of("xlsx", bytes(book("https://hotdocs.ca/doc-accelerator", "https://hotdocs.ca/industry/x")));
            assertThat(r.records().get(0).listing().at("/url").asString()).isEqualTo("https://hotdocs.ca/doc-accelerator");
            assertThat(r.of("opdl.xlsx.hyperlink")).isEmpty();
        }

        @Test
        @DisplayName("that links to an e-mail address, not a web page, is read as the words it shows, never as the link")
        void mailLink() throws IOException {
            SheetRead r = SheetRead.of("xlsx", bytes(book("Our website", "mailto:labs@hotdocs.ca")));
            assertThat(r.records().get(0).listing().at("/url").asString()).isEqualTo("Our website");
            assertThat(r.of("opdl.xlsx.hyperlink")).isEmpty();
        }

        @Test
        @DisplayName("written as a HYPERLINK formula is read as the address the formula writes, with one warning, not the formula's")
        void hyperlinkFormula() throws IOException {
            XSSFWorkbook wb = book("", null);
            Cell cell = wb.getSheet("Listings").getRow(1).createCell(3);
            cell.setCellFormula("HYPERLINK(\"https://hotdocs.ca/industry/doc-accelerator\",\"Our website\")");
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
            SheetRead r = SheetRead.of("xlsx", bytes(wb));
            assertThat(r.records().get(0).listing().at("/url").asString()).isEqualTo("https://hotdocs.ca/industry/doc-accelerator");
            assertThat(r.of("opdl.xlsx.hyperlink")).singleElement().satisfies(f -> assertThat(f.message().en())
                    .startsWith("the cell shows \"Our website\", which is no web address"));
            assertThat(r.of("opdl.xlsx.formula")).isEmpty();
        }
    }
}
