package org.opdl.schema.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.finding.Severity;
import org.opdl.schema.testing.SheetRead;

/** What coordinators add under their table of listings: a row of totals, a note, a blank row then a note. */
@DisplayName("Rows of totals and notes under the table")
@Timeout(60)
class RowsUnderTheTableTest {

    private static final String HEAD = "Listing ID,Title (en),Title (fr),Program types,Places,Fee amount\r\n";
    private static final String SUMMER = "listing:coop-video-mtl/atelier-ete,Summer lab,Atelier d’été,lab,12,150\r\n";
    private static final String WINTER = "listing:coop-video-mtl/atelier-hiver,Winter lab,Atelier d’hiver,mentorship,8,\"2,500.00\"\r\n";
    private static final String RULE = "opdl.csv.not-a-listing";

    private static SheetRead csv(String text) throws IOException {
        return SheetRead.of("csv", text.getBytes(StandardCharsets.UTF_8));
    }

    /** The row findings of the listings read, which a skipped row must not have added to. */
    private static List<Finding> rowFindings(SheetRead r) {
        return r.records().stream().flatMap(s -> s.notes().stream()).toList();
    }

    @Test
    @DisplayName("a totals row (Total, TOTAL:, Grand total, Totaux, Sous-total) with sums is named as such at its row, in both languages, and read into no listing")
    void totalsRow() throws IOException {
        for (String totals : List.of("Total,,,,20,\"2,650.00\"", "TOTAL:,,,,20,", ",Grand total,,,20,2650", "Totaux,,,,20,2 650,00 $",
                "Sous-total :,,,,20,", "Total général,,,,=SUM(E2:E3),")) {
            SheetRead r = csv(HEAD + SUMMER + WINTER + totals + "\r\n");
            assertThat(r.ids()).as(totals).containsExactly("listing:coop-video-mtl/atelier-ete", "listing:coop-video-mtl/atelier-hiver");
            assertThat(r.notes()).as(totals).extracting(Finding::ruleId).containsOnly(RULE, "opdl.csv.number-normalised");
            assertThat(r.of(RULE)).as(totals).hasSize(1);
            Finding f = r.of(RULE).get(0);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(((Location.Csv) f.location()).row()).isEqualTo(4);
            assertThat(f.message().en()).contains("row 4 is a row of totals").contains("added to no listing");
            assertThat(f.message().fr()).contains("rangée 4 est une rangée de totaux").contains("aucune fiche");
            assertThat(f.fix().en()).contains("delete row 4");
            assertThat(f.fix().fr()).contains("supprimez la rangée 4");
            assertThat(r.records().get(1).listing().findValues("places")).as(totals)
                    .extracting(n -> n.asInt()).containsExactly(8);
        }
    }

    @Test
    @DisplayName("a row starting Total with words beside it, or a listing id, is still read as a listing")
    void notTotals() throws IOException {
        SheetRead words = csv(HEAD + SUMMER + "Total,Total immersion lab,,lab,12,\r\n");
        assertThat(words.of(RULE)).isEmpty();
        assertThat(words.records()).hasSize(2);
        SheetRead id = csv(HEAD + SUMMER + "listing:total/lab,,,,20,\r\n");
        assertThat(id.of(RULE)).isEmpty();
        assertThat(id.records()).hasSize(2);
    }

    @Test
    @DisplayName("notes under the table, after a blank row, are each quoted at their row and skipped; the blank row is only an info note")
    void notesUnderTheTable() throws IOException {
        SheetRead r = csv(HEAD + SUMMER + ",,,,,\r\n* Dates subject to change,,,,,\r\nSource: Telefilm Canada website,,,,,\r\n"
                + "\"Mise à jour : mars 2026\",,,,,\r\n");
        assertThat(r.records()).hasSize(1);
        assertThat(rowFindings(r)).isEmpty();
        List<Finding> notes = r.of(RULE);
        assertThat(notes).hasSize(3);
        assertThat(notes.get(0).message().en()).isEqualTo(
                "row 4 holds only a note under \"Listing ID\" (\"* Dates subject to change\"), not a listing: it was skipped");
        assertThat(notes.get(1).message().fr()).contains("rangée 5").contains("Source: Telefilm Canada website");
        assertThat(notes.get(0).fix().en()).contains("delete row 4").contains("Timing (en)");
        assertThat(notes.get(0).fix().fr()).contains("supprimez la rangée 4").contains("Moment (fr)");
        assertThat(r.of("opdl.csv.blank-rows")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    @DisplayName("a listing id alone on its row is still a listing, refused for what it lacks, not taken for a note")
    void idAloneIsAListing() throws IOException {
        SheetRead r = csv(HEAD + SUMMER + "listing:coop-video-mtl/atelier-automne,,,,,\r\n");
        assertThat(r.of(RULE)).isEmpty();
        assertThat(r.records()).hasSize(2);
    }

    @Test
    @DisplayName("a note in the template's first column, the JSON-LD context, is a note")
    void noteUnderTheContextColumn() throws IOException {
        String head = "JSON-LD context,Listing ID,Title (en),Program types\r\n";
        SheetRead r = csv(head + ",listing:coop-video-mtl/atelier-ete,Summer lab,lab\r\n* Dates sous réserve de changement,,,\r\n");
        assertThat(r.of(RULE)).hasSize(1);
        assertThat(r.records()).hasSize(1);
    }

    @Test
    @DisplayName("a title alone in a first column headed Title is a listing that lacks the rest, not a note")
    void titleAloneIsAListing() throws IOException {
        String head = "Title (en),Listing ID,Program types,Places\r\n";
        SheetRead r = csv(head + "Summer lab,listing:coop-video-mtl/atelier-ete,lab,12\r\nEmerging Producer Mentorship,,,\r\n");
        assertThat(r.of(RULE)).isEmpty();
        assertThat(r.records()).hasSize(2);
    }

    @Test
    @DisplayName("in a workbook, a totals row of formulas and a note under the Listings table are named on their sheet and row, the formulas not warned again")
    void workbook() throws IOException {
        byte[] book;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("Listings");
            Books.row(s, 0, "Listing ID", "Title (en)", "Program types", "Places");
            Books.row(s, 1, "listing:coop-video-mtl/atelier-ete", "Summer lab", "lab", 12);
            Books.row(s, 2, "listing:coop-video-mtl/atelier-hiver", "Winter lab", "mentorship", 8);
            Books.row(s, 3, "Totaux");
            s.getRow(3).createCell(3).setCellFormula("SUM(D2:D3)");
            Books.row(s, 5, "* Dates sous réserve de changement");
            Sheet fees = wb.createSheet("Fees");
            Books.row(fees, 0, "Listing ID", "Fee type", "Fee amount", "Fee currency");
            Books.row(fees, 1, "listing:coop-video-mtl/atelier-ete", "application-fee", 25, "CAD");
            Books.row(fees, 2, "Total");
            fees.getRow(2).createCell(2).setCellFormula("SUM(C2:C2)");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
            book = out.toByteArray();
        }
        SheetRead r = SheetRead.of("xlsx", book);
        assertThat(r.records()).hasSize(2);
        List<Finding> skipped = r.of(RULE);
        assertThat(skipped).extracting(f -> ((Location.Cell) f.location()).sheet() + " " + ((Location.Cell) f.location()).row())
                .containsExactlyInAnyOrder("Listings 4", "Listings 6", "Fees 3");
        assertThat(r.of("opdl.xlsx.unjoined")).isEmpty();
        assertThat(r.of("opdl.xlsx.formula")).as("the totals warning is the one warning of a totals row").isEmpty();
        assertThat(skipped).anySatisfy(f -> assertThat(f.message().fr()).contains("rangée 4 est une rangée de totaux (« Totaux »)"));
    }
}
