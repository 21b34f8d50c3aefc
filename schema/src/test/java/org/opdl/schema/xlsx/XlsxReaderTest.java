package org.opdl.schema.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.schema.xlsx.Books.row;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.finding.Location;
import org.opdl.schema.format.Limits;

@DisplayName("The workbook reader")
class XlsxReaderTest {

    private static final String ID = "listing:northern-screen-lab/mentorship";

    private static byte[] book(XSSFWorkbook wb) throws IOException {
        try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    @DisplayName("joins the rows of the item sheets to their listing by id, and places their findings on their own cells")
    void joins() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet listings = wb.createSheet("Listings");
        row(listings, 0, "Listing ID", "Title (en)", "Program types");
        row(listings, 1, ID, "Emerging Producer Mentorship", "mentorship");
        Sheet intakes = wb.createSheet("Intakes");
        row(intakes, 0, "Listing ID", "Start date", "Places");
        row(intakes, 1, ID, java.time.LocalDate.of(2026, 4, 6), 6);
        row(intakes, 2, ID, java.time.LocalDate.of(2026, 10, 13), 4);
        Books.Reading r = Books.read(book(wb), Limits.DEFAULT);
        assertThat(r.records()).hasSize(1);
        var listing = r.records().get(0).listing();
        assertThat(listing.at("/intakes/0/startDate").asString()).isEqualTo("2026-04-06");
        assertThat(listing.at("/intakes/1/places").asInt()).isEqualTo(4);
        assertThat(listing.get("type").asString()).isEqualTo("Listing");
        Location place = r.records().get(0).sourceMap().locate("/intakes/1/places");
        assertThat(place).isInstanceOf(Location.Cell.class);
        assertThat(((Location.Cell) place).reference()).isEqualTo("Intakes!C3");
        assertThat(((Location.Cell) place).heading()).isEqualTo("Places");
        Location title = r.records().get(0).sourceMap().locate("/title/en");
        assertThat(((Location.Cell) title).reference()).isEqualTo("Listings!B2");
        assertThat(title.describe(org.opdl.model.text.Lang.FR)).isEqualTo("Listings!B2, colonne « Title (en) »");
    }

    @Test
    @DisplayName("H2: a fee row written as free states the absence on its listing, and leaves no empty list of fees")
    void freeFeeRow() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet listings = wb.createSheet("Fiches");
        row(listings, 0, "ID de la fiche", "Titre (fr)", "Absence déclarée");
        row(listings, 1, ID, "Mentorat pour productrices et producteurs émergents", "Aucune limite d'âge");
        row(listings, 2, ID + "-2", "Laboratoire de production", null);
        Sheet fees = wb.createSheet("Frais");
        row(fees, 0, "ID de la fiche", "Type de frais", "Montant (frais)", "Devise (frais)");
        row(fees, 1, ID, "Frais de formation", "gratuit", null);
        row(fees, 2, ID, "Frais de candidature", 25, "CAD");
        row(fees, 3, ID + "-2", null, "Gratuit", null);
        Books.Reading r = Books.read(book(wb), Limits.DEFAULT);
        var one = r.records().get(0).listing();
        assertThat(one.get("statedNone").toString()).isEqualTo("[\"no-age-limit\",\"no-tuition\"]");
        assertThat(one.at("/fees").toString()).contains("application-fee").doesNotContain("tuition");
        var two = r.records().get(1).listing();
        assertThat(two.get("statedNone").toString()).isEqualTo("[\"no-fees\"]");
        assertThat(two.has("fees")).as("no empty list of fees").isFalse();
    }

    @Test
    @DisplayName("U3: a workbook saved with the 1904 date system gives the days it shows, not four years and a day earlier")
    void dates1904() throws IOException {
        for (boolean from1904 : new boolean[] {true, false}) {
            XSSFWorkbook wb = new XSSFWorkbook();
            var pr = wb.getCTWorkbook().isSetWorkbookPr() ? wb.getCTWorkbook().getWorkbookPr() : wb.getCTWorkbook().addNewWorkbookPr();
            pr.setDate1904(from1904);
            Sheet listings = wb.createSheet("Listings");
            row(listings, 0, "Listing ID", "Title (en)", "Application deadline", "Start date");
            row(listings, 1, ID, "Northern Screen Producers Lab", java.time.LocalDate.of(2027, 3, 15), java.time.LocalDate.of(2027, 9, 1));
            var listing = Books.read(book(wb), Limits.DEFAULT).records().get(0).listing();
            assertThat(listing.toString()).as("1904: " + from1904).contains("\"2027-03-15\"").contains("\"2027-09-01\"")
                    .doesNotContain("2023-03-14").doesNotContain("2023-08-31");
        }
    }

    @Test
    @DisplayName("reports a row whose listing id matches no listing, and a sheet it does not know, instead of dropping them")
    void neverDrops() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet listings = wb.createSheet("Fiches");
        row(listings, 0, "Listing ID", "Title (en)");
        row(listings, 1, ID, "Emerging Producer Mentorship");
        Sheet intakes = wb.createSheet("Appels de candidatures");
        row(intakes, 0, "Listing ID", "Places");
        row(intakes, 1, "listing:northern-screen-lab/other", 6);
        row(wb.createSheet("Notes"), 0, "Board approval pending");
        wb.createSheet("Sheet3");
        Books.Reading r = Books.read(book(wb), Limits.DEFAULT);
        assertThat(r.records()).hasSize(1);
        assertThat(r.ruleIds()).containsOnlyOnce("opdl.xlsx.unjoined", "opdl.xlsx.unknown-sheet");
        var unjoined = r.notes().stream().filter(f -> f.ruleId().equals("opdl.xlsx.unjoined")).findFirst().orElseThrow();
        assertThat(((Location.Cell) unjoined.location()).sheet()).isEqualTo("Appels de candidatures");
        assertThat(((Location.Cell) unjoined.location()).row()).isEqualTo(2);
    }

    @Test
    @DisplayName("reads a one-sheet workbook laid out like the CSV form, item columns included")
    void csvLayout() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("Sheet1");
        row(s, 0, "Listing ID", "Title (en)", "City", "Country");
        row(s, 1, ID, "Emerging Producer Mentorship", "Iqaluit | Whitehorse", "CA | CA");
        Books.Reading r = Books.read(book(wb), Limits.DEFAULT);
        assertThat(r.records()).hasSize(1);
        assertThat(r.records().get(0).listing().at("/locations/1/city").asString()).isEqualTo("Whitehorse");
        assertThat(((Location.Cell) r.records().get(0).sourceMap().locate("/locations/1/city")).reference()).isEqualTo("Sheet1!C2");
    }

    @Test
    @DisplayName("the French template, written in labels, words and a day, reads back as the example listing with no note")
    void template() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxTemplate.write(out, org.opdl.model.text.Lang.FR);
        Books.Reading r = Books.read(out.toByteArray(), Limits.DEFAULT);
        assertThat(r.records()).hasSize(1);
        assertThat(r.notes()).as("the designed input of a French sheet").isEmpty();
        var expected = XlsxTemplate.example(java.time.LocalDate.now());
        for (String field : List.of("careerStages", "programTypes", "deliveryMode", "workingLanguages", "duration", "eligibility")) {
            assertThat(r.records().get(0).listing().get(field)).as(field).isEqualTo(expected.get(field));
        }
        assertThat(r.records().get(0).listing().get("intakes")).isEqualTo(expected.get("intakes"));
        assertThat(r.records().get(0).listing().get("title")).isEqualTo(expected.get("title"));
        assertThat(List.of(r.records().get(0).listing().get("lastUpdated").asString())).containsExactly(expected.get("lastUpdated").asString());
    }
}
