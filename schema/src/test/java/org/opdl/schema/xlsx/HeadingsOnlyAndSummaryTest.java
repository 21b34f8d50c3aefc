package org.opdl.schema.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.finding.Severity;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.testing.SheetRead;

/** A form sent back untouched, with its headings and no listing, and the summary sheet Numbers adds to an export. */
@DisplayName("A spreadsheet with only its headings, and the Numbers export summary")
@Timeout(60)
class HeadingsOnlyAndSummaryTest {

    private static final String HEAD = "Listing ID,Title (en),Title (fr),Program types,Places\r\n";
    private static final String ID = "listing:coop-video-mtl/atelier-ete";

    private static byte[] book(Consumer<XSSFWorkbook> build) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            build.accept(wb);
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void listingsSheet(Sheet s, boolean withRow) {
        Books.row(s, 0, "Listing ID", "Title (en)", "Program types", "Places");
        if (withRow) {
            Books.row(s, 1, ID, "Summer lab", "lab", 12);
        }
    }

    /** The summary sheet as Numbers writes it: a sentence, then the names of the sheets and tables exported. */
    private static void summary(XSSFWorkbook wb, String name, String... headings) {
        Sheet s = wb.createSheet(name);
        Books.row(s, 0, "This document was exported from Numbers. Each table was converted to an Excel worksheet.");
        Books.row(s, 2, (Object[]) headings);
        Books.row(s, 3, "Sheet 1", "Programs", "Sheet 1 - Programs");
    }

    @Test
    @DisplayName("a CSV of only its heading row gets one warning that it holds no listing, in both languages")
    void csvHeadingsOnly() throws IOException {
        SheetRead r = SheetRead.of("csv", HEAD.getBytes(StandardCharsets.UTF_8));
        assertThat(r.records()).isEmpty();
        assertThat(r.notes()).extracting(Finding::ruleId).containsExactly("opdl.csv.no-listing");
        Finding f = r.notes().get(0);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.message().en()).contains("only the heading row").contains("no listing");
        assertThat(f.message().fr()).contains("aucune fiche");
        assertThat(f.fix().en()).contains("one row per program").contains("opdl template");
        assertThat(f.fix().fr()).contains("une rangée par programme");
    }

    @Test
    @DisplayName("a CSV with a listing, or a JSON [] dataset, gets no such warning")
    void listingOrJsonEmptyList() throws IOException {
        SheetRead csv = SheetRead.of("csv", (HEAD + ID + ",Summer lab,Atelier d’été,lab,12\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(csv.records()).hasSize(1);
        assertThat(csv.of("opdl.csv.no-listing")).isEmpty();
        SheetRead json = SheetRead.of("json", "[]".getBytes(StandardCharsets.UTF_8));
        assertThat(json.notes()).isEmpty();
    }

    @Test
    @DisplayName("a workbook whose Listings sheet holds only its headings gets the warning once, not for its empty Fees sheet")
    void workbookHeadingsOnly() throws IOException {
        SheetRead r = SheetRead.of("xlsx", book(wb -> {
            listingsSheet(wb.createSheet("Listings"), false);
            Books.row(wb.createSheet("Fees"), 0, "Listing ID", "Fee type", "Fee amount", "Fee currency");
        }));
        assertThat(r.records()).isEmpty();
        assertThat(r.notes()).extracting(Finding::ruleId).containsExactly("opdl.csv.no-listing");
        assertThat(((Location.Cell) r.notes().get(0).location()).sheet()).isEqualTo("Listings");
    }

    @Test
    @DisplayName("the Export Summary sheet of Numbers, English or French, is an info note that it was skipped, not an error")
    void numbersSummary() throws IOException {
        for (String[] names : List.of(
                new String[] {"Export Summary", "Numbers Sheet Name", "Numbers Table Name", "Excel Worksheet Name"},
                new String[] {"Résumé de l’exportation", "Nom de la feuille Numbers", "Nom du tableau Numbers",
                        "Nom de la feuille Excel"})) {
            SheetRead r = SheetRead.of("xlsx", book(wb -> {
                summary(wb, names[0], names[1], names[2], names[3]);
                listingsSheet(wb.createSheet("Sheet 1 - Programs"), true);
            }));
            assertThat(r.records()).hasSize(1);
            List<Finding> skipped = r.of("opdl.xlsx.unknown-sheet");
            assertThat(skipped).hasSize(1);
            assertThat(skipped.get(0).severity()).isEqualTo(Severity.INFO);
            assertThat(skipped.get(0).message().en()).contains(names[0]).contains("Numbers").contains("skipped");
            assertThat(skipped.get(0).message().fr()).contains(names[0]).contains("sautée");
        }
    }

    @Test
    @DisplayName("a sheet named Export Summary that holds form headings, or any other unknown sheet, stays an error")
    void otherSheetsStayErrors() throws IOException {
        SheetRead r = SheetRead.of("xlsx", book(wb -> {
            listingsSheet(wb.createSheet("Listings"), true);
            Books.row(wb.createSheet("Export Summary"), 0, "Listing ID", "Title (en)");
            Books.row(wb.createSheet("Notes"), 0, "Updated by Marie, March 2026");
        }));
        assertThat(r.of("opdl.xlsx.unknown-sheet")).hasSize(2)
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    @DisplayName("when no other sheet has data, the Export Summary of Numbers is still not read as the Listings sheet: the workbook is empty")
    void numbersSummaryNeverListings() {
        ReadException e = assertThrows(
                ReadException.class, () -> SheetRead.of("xlsx", book(wb -> {
                    summary(wb, "Résumé de l’exportation", "Nom de la feuille Numbers", "Nom du tableau Numbers", "Nom de la feuille Excel");
                    wb.createSheet("Feuille 1 - Programmes");
                })));
        assertThat(e.ruleId()).isEqualTo("opdl.syntax.empty");
        assertThat(e.text().en()).doesNotContain("exported from Numbers");
    }
}
