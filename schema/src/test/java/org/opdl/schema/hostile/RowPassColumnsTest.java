package org.opdl.schema.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.schema.hostile.CsvReads.read;
import static org.opdl.schema.hostile.CsvReads.stated;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opdl.model.text.Lang;
import org.opdl.schema.hostile.ReaderCatalogueTest.Read;
import org.opdl.schema.testing.NoNetwork;

/**
 * The passes that look at a few columns of every row (second facts in a cell, a location's
 * regions spread, a duration range) find those columns once for the file: whatever stands before
 * them, an unknown heading or a repeated one, and however short a row is, each cell is read once.
 */
@DisplayName("Second facts, regions and duration ranges are read in their own columns, once, whatever the sheet puts around them")
@ExtendWith(NoNetwork.class)
class RowPassColumnsTest {

    private static final String HEADINGS = "Listing ID,Notes internes,Target groups,Places,Duration,Region,Country,Duration\r\n";

    @Test
    @DisplayName("beside an unknown heading and a repeated one, youth 18-35, about 8 places, BC and AB and 20 to 22 weeks are read once each")
    void readPastUnknownAndRepeatedHeadings() {
        Read r = read(HEADINGS
                + "listing:nfb/hothouse,,youth 18-35,about 8 places,20 to 22 weeks,BC and AB,CA,20 to 22 weeks\r\n");
        var listing = r.records().get(0).listing();
        assertThat(listing.at("/eligibility/targetGroups").toString()).isEqualTo("[\"youth\"]");
        assertThat(listing.at("/eligibility/minAge").asInt() + "-" + listing.at("/eligibility/maxAge").asInt()).isEqualTo("18-35");
        assertThat(listing.at("/intakes").toString()).isEqualTo("[{\"places\":8,\"placesApproximate\":true}]");
        assertThat(listing.at("/locations").toString())
                .isEqualTo("[{\"region\":\"CA-BC\",\"country\":\"CA\"},{\"region\":\"CA-AB\",\"country\":\"CA\"}]");
        assertThat(listing.at("/minDuration").asString() + " " + listing.at("/maxDuration").asString()).isEqualTo("P140D P154D");
        assertThat(stated(r, "age range").message(Lang.EN)).startsWith("1 target group written");
        assertThat(stated(r, "of places written with words").message(Lang.EN)).startsWith("1 number of places");
        assertThat(stated(r, "duration range").message(Lang.EN)).startsWith("1 duration range was");
        assertThat(r.notes()).filteredOn(f -> f.ruleId().equals("opdl.csv.unreadable")).isEmpty();
    }

    @Test
    @DisplayName("a row that ends before the Places column still has its target group's ages read, and nothing past its end")
    void shortRowReadToItsEnd() {
        Read r = read(HEADINGS
                + "listing:cmpa/star,,jeunes de 15 à 30 ans\r\n"
                + "listing:wapikoni/escale,,,environ 8 places,P6M,QC et ON,CA\r\n");
        var first = r.records().get(0).listing();
        assertThat(first.at("/eligibility/minAge").asInt() + "-" + first.at("/eligibility/maxAge").asInt()).isEqualTo("15-30");
        assertThat(first.has("intakes") || first.has("locations")).isFalse();
        var second = r.records().get(1).listing();
        assertThat(second.at("/intakes/0/placesApproximate").asBoolean()).isTrue();
        assertThat(second.at("/locations").size()).isEqualTo(2);
        assertThat(second.at("/duration").asString()).isEqualTo("P6M");
        assertThat(second.has("minDuration")).isFalse();
    }

    @Test
    @DisplayName("a repeated Target groups or Country column agreeing with the first as written is no conflict once the first is read apart")
    void repeatedColumnAgreesWithTheCellAsWritten() {
        Read r = read("Listing ID,Target groups,Region,Country,Target groups,Country\r\n"
                + "listing:telefilm/talent-to-watch,youth 18-35,BC and AB,CA,youth 18-35,CA\r\n");
        var listing = r.records().get(0).listing();
        assertThat(listing.at("/eligibility/targetGroups").toString()).isEqualTo("[\"youth\"]");
        assertThat(listing.at("/eligibility/maxAge").asInt()).isEqualTo(35);
        assertThat(listing.at("/locations").size()).isEqualTo(2);
        assertThat(r.notes()).filteredOn(f -> f.ruleId().equals("opdl.csv.duplicate-heading")).hasSize(2);
    }
}
