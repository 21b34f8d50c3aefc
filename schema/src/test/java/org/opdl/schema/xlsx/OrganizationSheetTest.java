package org.opdl.schema.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.schema.xlsx.Books.row;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.schema.format.DatasetSink;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.SourceMap;
import org.opdl.schema.format.SourceRecord;
import tools.jackson.databind.node.ObjectNode;

@DisplayName("The Organizations sheet of a workbook")
class OrganizationSheetTest {

    private static final String ID = "listing:hot-docs/deal-maker";

    /** What a reader gave: the dataset's fields, the listings and the findings. */
    private record Reading(List<ObjectNode> dataset, List<SourceMap> places, List<SourceRecord> records, List<Finding> notes) {
    }

    private static Reading read(XSSFWorkbook wb) throws IOException {
        byte[] bytes;
        try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            bytes = out.toByteArray();
        }
        Reading r = new Reading(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        new XlsxListingReader(Limits.DEFAULT).read("book.xlsx", new ByteArrayInputStream(bytes), new DatasetSink() {
            @Override
            public void dataset(ObjectNode fields) {
                r.dataset().add(fields);
            }

            @Override
            public void dataset(ObjectNode fields, SourceMap places) {
                r.places().add(places);
                dataset(fields);
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

    private static XSSFWorkbook dataset(String listingsName) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet listings = wb.createSheet(listingsName);
        row(listings, 0, "Listing ID", "Title (en)", "Standard version", "Publisher name (en)", "Licence", "Generated");
        row(listings, 1, ID, "Deal Maker", "0.2", "Hot Docs", "https://creativecommons.org/licenses/by/4.0/",
                "2026-11-28T12:00:00-05:00");
        return wb;
    }

    @Test
    @DisplayName("gives the dataset its list, one organization a row, a | inside a name kept as it is")
    void readsTheList() throws IOException {
        XSSFWorkbook wb = dataset("Listings");
        Sheet orgs = wb.createSheet("Organizations");
        row(orgs, 0, "Organization ID", "Organization name (en)", "Organization name (fr)", "Organization website");
        row(orgs, 1, "provider:cmpa", "Canadian Media Producers Association", "Association canadienne des producteurs médiatiques",
                "https://cmpa.ca/");
        row(orgs, 3, "provider:telefilm", "Telefilm Canada | Talent Fund", "Téléfilm Canada", null);
        Reading r = read(wb);
        assertThat(r.notes()).isEmpty();
        assertThat(r.records()).hasSize(1);
        assertThat(r.dataset()).hasSize(1);
        var list = r.dataset().get(0).get("organizations");
        assertThat(list.size()).isEqualTo(2);
        assertThat(list.at("/0/website").asString()).isEqualTo("https://cmpa.ca/");
        assertThat(list.at("/1/name/en").asString()).isEqualTo("Telefilm Canada | Talent Fund");
        assertThat(list.at("/1/website").isMissingNode()).isTrue();
        assertThat(r.dataset().get(0).at("/publisher/name/en").asString()).isEqualTo("Hot Docs");
    }

    @Test
    @DisplayName("in French, places each organization's fields on their own row and column, and reports a listing column instead of dropping it")
    void placesFindings() throws IOException {
        XSSFWorkbook wb = dataset("Fiches");
        Sheet orgs = wb.createSheet("Organismes");
        row(orgs, 0, "ID de l'organisme", "Nom de l'organisme (fr)", "Site Web de l'organisme", "Titre (fr)");
        row(orgs, 1, "provider:sodec", "SODEC", "https://sodec.gouv.qc.ca/", "Un titre");
        row(orgs, 2, "provider:bell-fund", "Fonds Bell", "pas une adresse", null);
        Reading r = read(wb);
        assertThat(r.dataset().get(0).get("organizations").size()).isEqualTo(2);
        assertThat(r.dataset().get(0).at("/organizations/0").has("title")).isFalse();
        Location website = r.places().get(0).locate("/organizations/1/website");
        assertThat(((Location.Cell) website).reference()).isEqualTo("Organismes!C3");
        assertThat(((Location.Cell) website).heading()).isEqualTo("Site Web de l'organisme");
        assertThat(((Location.Cell) r.places().get(0).locate("/organizations/0/name/fr")).reference()).isEqualTo("Organismes!B2");
        assertThat(((Location.Cell) r.places().get(0).locate("/publisher/name/en")).sheet()).isEqualTo("Fiches");
        assertThat(r.notes()).extracting(f -> ((Location.Cell) f.location()).reference()).containsExactly("Organismes!D1");
        assertThat(r.notes().get(0).message().fr()).contains("« Titre (fr) »").contains("appartient aux fiches");
    }

    @Test
    @DisplayName("an empty \"Column1\" of an Excel table, on Listings or Organizations, is a warning; filled on a later row, one error")
    void emptyTableColumn() throws IOException {
        XSSFWorkbook wb = dataset("Listings");
        wb.getSheet("Listings").getRow(0).createCell(6).setCellValue("Column1");
        Sheet orgs = wb.createSheet("Organizations");
        row(orgs, 0, "Organization ID", "Organization name (en)", "Column1", "Column2");
        row(orgs, 1, "provider:cmpa", "Canadian Media Producers Association", null, null);
        row(orgs, 2, "provider:telefilm", "Telefilm Canada", null, "Talent Fund");
        row(orgs, 3, "provider:bell-fund", "Bell Fund", null, "Fonds Bell");
        Reading r = read(wb);
        assertThat(r.records()).hasSize(1);
        assertThat(r.dataset().get(0).get("organizations").size()).isEqualTo(3);
        assertThat(r.notes()).extracting(f -> f.severity() + " " + f.ruleId() + " " + ((Location.Cell) f.location()).reference())
                .containsExactlyInAnyOrder("WARNING opdl.csv.empty-unknown-column Listings!G1",
                        "WARNING opdl.csv.empty-unknown-column Organizations!C1",
                        "ERROR opdl.csv.unknown-heading Organizations!D1");
    }

    @Test
    @DisplayName("reads the sheet in one pass: an unknown column filled on three rows is one error, an empty \"Colonne1\" one warning")
    void unknownColumnsOnce() throws IOException {
        XSSFWorkbook wb = dataset("Fiches");
        Sheet orgs = wb.createSheet("Organismes");
        row(orgs, 0, "ID de l'organisme", "Nom de l'organisme (fr)", "Courriel de l'organisme", "Colonne1", "Site Web de l'organisme");
        row(orgs, 1, "provider:sodec", "SODEC", null, null, "https://sodec.gouv.qc.ca/");
        row(orgs, 2, "provider:telefilm", "Téléfilm Canada", "info@telefilm.ca", null, "https://telefilm.ca/");
        row(orgs, 3, "provider:bell-fund", "Fonds Bell", "info@bellfund.ca", null, " https://bellfund.ca/");
        row(orgs, 5, "provider:cmf", "Fonds des médias du Canada", "info@cmf-fmc.ca", null, null);
        Reading r = read(wb);
        var list = r.dataset().get(0).get("organizations");
        assertThat(list.size()).isEqualTo(4);
        assertThat(list.at("/3/id").asString()).isEqualTo("provider:cmf");
        assertThat(list.at("/2").has("email")).isFalse();
        assertThat(r.notes()).extracting(f -> f.severity() + " " + f.ruleId() + " " + ((Location.Cell) f.location()).reference())
                .containsExactly("ERROR opdl.csv.unknown-heading Organismes!C1",
                        "WARNING opdl.csv.stray-spaces Organismes!E4",
                        "WARNING opdl.csv.empty-unknown-column Organismes!D1");
        assertThat(r.notes().get(0).message().fr()).contains("Courriel de l'organisme");
        assertThat(r.notes().get(1).location().pointer()).isEqualTo("/organizations/2/website");
        assertThat(((Location.Cell) r.places().get(0).locate("/organizations/3/name/fr")).reference()).isEqualTo("Organismes!B6");
    }

    @Test
    @DisplayName("without the dataset's columns on Listings, still reads the list, as a dataset, and says so")
    void withoutDataset() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet listings = wb.createSheet("Listings");
        row(listings, 0, "Listing ID", "Title (en)");
        row(listings, 1, ID, "Deal Maker");
        Sheet orgs = wb.createSheet("Organisations");
        row(orgs, 0, "Organization ID", "Organization name (en)");
        row(orgs, 1, "provider:nfb", "National Film Board of Canada");
        Reading r = read(wb);
        assertThat(r.dataset()).hasSize(1);
        assertThat(r.dataset().get(0).at("/organizations/0/id").asString()).isEqualTo("provider:nfb");
        assertThat(r.notes()).extracting(Finding::ruleId).containsExactly("opdl.xlsx.unknown-sheet");
        assertThat(r.records()).hasSize(1);
    }
}
