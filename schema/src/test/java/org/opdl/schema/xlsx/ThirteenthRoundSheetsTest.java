package org.opdl.schema.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Lang;
import org.opdl.schema.testing.SheetRead;
import tools.jackson.databind.JsonNode;

/** A coordinator's sheets of the thirteenth round: words pasted with spaces around them, a lookup that found nothing. */
@DisplayName("Spreadsheets, thirteenth round")
@Timeout(60)
class ThirteenthRoundSheetsTest {

    private static final String HEAD = "Listing ID,Title (en),Title (fr),Provider name (en),Program types,Places\r\n";

    @Test
    @DisplayName("a title or name pasted with spaces or no-break spaces around it is read without them, said once for the file at its first cell, in both languages")
    void wordsReadWithoutTheSpacesAround() throws IOException {
        SheetRead r = SheetRead.of("csv", (HEAD
                + "listing:doc-circuit/market-lab,\u00A0Market Lab ,\u202FLabo du marché\u00A0,  Doc Circuit,lab,12\r\n"
                + "listing:doc-circuit/pitch-lab,Pitch Lab,Labo\u00A0: le pitch,Doc Circuit,lab,8\r\n").getBytes(StandardCharsets.UTF_8));
        JsonNode market = r.records().get(0).listing();
        assertThat(market.path("title").path("en").asString()).isEqualTo("Market Lab");
        assertThat(market.path("title").path("fr").asString()).isEqualTo("Labo du marché");
        assertThat(market.path("provider").path("name").path("en").asString()).isEqualTo("Doc Circuit");
        assertThat(r.records().get(1).listing().path("title").path("fr").asString())
                .as("a no-break space inside the words, as French writes before a colon, is kept").isEqualTo("Labo\u00A0: le pitch");
        assertThat(r.of("opdl.csv.stray-spaces")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.location().describe(Lang.EN)).isEqualTo("row 2, column \"Title (en)\" (B)");
            assertThat(f.message().en()).startsWith("3 cells of words (titles, names, descriptions) began or ended with spaces, "
                    + "no-break spaces included").endsWith("for example \"\u00A0Market Lab \" as Market Lab");
            assertThat(f.message().fr()).startsWith("3 cellules de mots (titres, noms, descriptions) commençaient ou finissaient par des espaces");
            assertThat(f.fix().en()).startsWith("nothing to do");
            assertThat(f.fix().fr()).startsWith("rien à faire");
        });
    }

    @Test
    @DisplayName("a workbook's title with spaces around it is read as the CSV's is, and a cell of a no-break space alone as blank")
    void workbookWordsAsTheCsv() throws IOException {
        byte[] book = Books.sheet("Listings", java.util.List.of(
                java.util.List.of("Listing ID", "Title (en)", "Title (fr)", "Program types"),
                java.util.List.of("listing:doc-circuit/market-lab", "Market Lab\u00A0", "\u00A0", "lab")));
        SheetRead r = SheetRead.of("xlsx", book);
        JsonNode title = r.records().get(0).listing().path("title");
        assertThat(title.path("en").asString()).isEqualTo("Market Lab");
        assertThat(title.has("fr")).as("a no-break space alone states no title").isFalse();
        assertThat(r.of("opdl.csv.stray-spaces")).singleElement()
                .satisfies(f -> assertThat(f.location().describe(Lang.EN)).isEqualTo("Listings!B2, column \"Title (en)\""));
    }

    @Test
    @DisplayName("a VLOOKUP's cached #N/A is one finding at its cell, naming the formula, the error and the fix, in both languages; a totals row's is not told again")
    void lookupErrorOnce() throws IOException {
        byte[] book;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("Listings");
            Books.row(s, 0, "Listing ID", "Title (en)", "Program types", "Places");
            Books.row(s, 1, "listing:doc-circuit/market-lab", null, "lab", 12);
            XSSFCell cell = (XSSFCell) s.getRow(1).createCell(1);
            cell.setCellFormula("VLOOKUP(A2,Programs!A:B,2,FALSE)");
            cell.setCellErrorValue(FormulaError.NA);
            Books.row(s, 2, "Totaux");
            XSSFCell sum = (XSSFCell) s.getRow(2).createCell(3);
            sum.setCellFormula("SUM(D2:D2)+B2");
            sum.setCellErrorValue(FormulaError.NA);
            wb.write(out);
            book = out.toByteArray();
        }
        SheetRead r = SheetRead.of("xlsx", book);
        assertThat(r.of("opdl.xlsx.formula")).isEmpty();
        Finding f = r.of("opdl.xlsx.cell-error").get(0);
        assertThat(r.of("opdl.xlsx.cell-error")).hasSize(1);
        assertThat(((Location.Cell) f.location()).describe(Lang.EN)).isEqualTo("Listings!B2, column \"Title (en)\"");
        assertThat(f.message().en()).isEqualTo("the cell holds a formula =VLOOKUP(A2,Programs!A:B,2,FALSE) whose value last saved is "
                + "the error #N/A; opdl never runs formulas, and read the cell as empty");
        assertThat(f.message().fr()).startsWith("la cellule contient une formule =VLOOKUP(A2,Programs!A:B,2,FALSE) dont la dernière "
                + "valeur enregistrée est l'erreur #N/A");
        assertThat(f.fix().en()).isEqualTo("type the value itself in place of the formula (copy, then paste as values), "
                + "or leave the cell blank if the value is not known");
        assertThat(f.fix().fr()).startsWith("tapez la valeur elle-même à la place de la formule");
        assertThat(r.records().get(0).listing().has("title")).isFalse();
        assertThat(r.records()).hasSize(1);
        assertThat(r.of("opdl.csv.not-a-listing")).hasSize(1);
    }

    @Test
    @DisplayName("a note typed beside the table on one row is an error at its cell, and that row and the rows below are still read")
    void noteBesideTheTable() throws IOException {
        SheetRead r = SheetRead.of("csv", ("Listing ID,Title (en),Program types,Places,\r\n"
                + "listing:coop-video-mtl/atelier-ete,Summer lab,lab,12,Checked by Marie\r\n"
                + "listing:coop-video-mtl/atelier-hiver,Winter lab,mentorship,8,\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(r.ids()).containsExactly("listing:coop-video-mtl/atelier-ete", "listing:coop-video-mtl/atelier-hiver");
        assertThat(r.of("opdl.syntax.csv")).isEmpty();
        assertThat(r.records().get(1).notes()).isEmpty();
        assertThat(r.records().get(0).notes()).filteredOn(f -> f.ruleId().equals("opdl.csv.unreadable")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(((Location.Csv) f.location()).row()).isEqualTo(2);
            assertThat(((Location.Csv) f.location()).column()).isEqualTo("E");
            assertThat(f.message().en()).isEqualTo("the cell holds \"Checked by Marie\" but its column E has no heading, so it belongs "
                    + "to no field; it was not read, and the rest of the row was");
            assertThat(f.message().fr()).startsWith("la cellule contient « Checked by Marie » mais sa colonne E n'a pas d'en-tête");
            assertThat(f.fix().en()).startsWith("give the column its heading");
        });
        assertThat(r.records().get(0).listing().path("title").path("en").asString()).isEqualTo("Summer lab");
    }
}
