package org.opdl.schema.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opdl.model.finding.Finding;
import org.opdl.schema.hostile.ReaderCatalogueTest.Read;
import org.opdl.schema.testing.NoNetwork;

/** A city or area in a location's Region cell, and a place after a dash in a delivery mode. */
@DisplayName("Places typed in the Region and Delivery mode cells")
@ExtendWith(NoNetwork.class)
class PlaceWordingsTest {

    private static final String HEAD = "Listing ID,Title (en),Program types,Delivery mode,City,Region,Country\r\n";

    private static List<Finding> unreadable(Read r) {
        return Stream.concat(r.notes().stream(), r.records().stream().flatMap(s -> s.notes().stream()))
                .filter(f -> f.ruleId().equals("opdl.csv.unreadable")).toList();
    }

    @Test
    @DisplayName("GTA, Greater Toronto Area, Lower Mainland, Vancouver-based, based in Montréal in Region: refused with the province to write, never a near code")
    void areaInRegion() {
        for (String[] area : new String[][] {{"GTA", "CA-ON"}, {"Greater Toronto Area", "CA-ON"}, {"Lower Mainland", "CA-BC"},
                {"Vancouver-based", "CA-BC"}, {"based in Montréal", "CA-QC"}}) {
            Read r = ReaderCatalogueTest.read("csv", HEAD + "listing:doc-circuit/lab,Lab,lab,in-person,Toronto," + area[0] + ",CA\r\n");
            assertThat(unreadable(r)).as(area[0]).singleElement().satisfies(f -> {
                assertThat(f.message().en()).isEqualTo("the cell \"" + area[0] + "\" names a city or an area, not a province or territory; "
                        + "the cell was left out and the rest of the row was read");
                assertThat(f.fix().en()).isEqualTo("write the province or territory, " + area[1] + ", here, and the city in \"City\" of the same location");
                assertThat(f.fix().fr()).contains(area[1]).contains("« Ville » du même lieu");
            });
        }
        Read province = ReaderCatalogueTest.read("csv", HEAD + "listing:doc-circuit/lab,Lab,lab,in-person,Toronto,Ontario,CA\r\n");
        assertThat(unreadable(province)).isEmpty();
    }

    @Test
    @DisplayName("Hybrid - Toronto + online: refused with the mode alone and Toronto in City")
    void placeAfterDash() {
        Read r = ReaderCatalogueTest.read("csv", HEAD + "listing:doc-circuit/lab,Lab,lab,Hybrid - Toronto + online,,,\r\n");
        assertThat(unreadable(r)).singleElement().satisfies(f -> assertThat(f.fix().en())
                .isEqualTo("write hybrid here, \"Toronto\" in \"City\", and the place's province or territory in \"Region\""));
    }
}
