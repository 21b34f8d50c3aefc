package org.opdl.schema.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.finding.Severity;
import org.opdl.schema.testing.SheetRead;
import tools.jackson.databind.JsonNode;

/** The apostrophe Excel marks a cell as text with, kept in a CSV file by the program that saved it. */
@DisplayName("Excel's text marker kept in a CSV cell")
@Timeout(60)
class ExcelTextMarkerTest {

    private static final String HEAD = "Listing ID,Title (en),Title (fr),Program types,Places,Start date,Fee amount\r\n";

    private static SheetRead csv(String text) throws IOException {
        return SheetRead.of("csv", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("'0012, '2027-03-15 and 'listing:… are read without the apostrophe, said once for the file under their own rule, in both languages")
    void readWithoutTheMarker() throws IOException {
        SheetRead r = csv(HEAD
                + "'listing:coop-video-mtl/atelier-ete,Summer lab,Atelier d’été,lab,'0012,'2027-03-15,150\r\n"
                + "listing:coop-video-mtl/atelier-hiver,Winter lab,Atelier d’hiver,mentorship,'8,'2027-01-20,'250\r\n");
        assertThat(r.ids()).containsExactly("listing:coop-video-mtl/atelier-ete", "listing:coop-video-mtl/atelier-hiver");
        JsonNode summer = r.records().get(0).listing();
        assertThat(summer.findValues("places")).extracting(JsonNode::asInt).containsExactly(12);
        assertThat(summer.findValues("startDate")).extracting(JsonNode::asString).containsExactly("2027-03-15");
        assertThat(r.records().get(1).notes()).isEmpty();
        assertThat(r.notes()).extracting(Finding::ruleId).containsExactly("opdl.csv.text-marker");
        Finding f = r.notes().get(0);
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(((Location.Csv) f.location()).row()).isEqualTo(2);
        assertThat(f.message().en()).startsWith("6 cells of numbers, dates, codes or addresses began with an apostrophe, the mark Excel")
                .contains("\"'listing:coop-video-mtl/atelier-ete\" as listing:coop-video-mtl/atelier-ete");
        assertThat(f.message().fr()).startsWith("6 cellules de nombres, de dates, de codes ou d'adresses commençaient par une apostrophe");
        assertThat(f.fix().en()).contains("type the cell again without the apostrophe");
        assertThat(f.fix().fr()).contains("tapez de nouveau la cellule sans l'apostrophe");
    }

    @Test
    @DisplayName("in a column of words the apostrophe may be the writer's own ('90s Kids Lab) and is kept")
    void wordsKeepTheirApostrophe() throws IOException {
        SheetRead r = csv(HEAD + "listing:coop-video-mtl/lab-90,'90s Kids Lab,'90s : atelier,lab,12,2027-03-15,150\r\n");
        assertThat(r.notes()).isEmpty();
        assertThat(r.records().get(0).listing().path("title").path("en").asString()).isEqualTo("'90s Kids Lab");
    }
}
