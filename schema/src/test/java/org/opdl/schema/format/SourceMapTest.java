package org.opdl.schema.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Text;

@DisplayName("A source map that words messages as another map does")
class SourceMapTest {

    @Test
    @DisplayName("places a pointer with its own map and words a message with the other's headings")
    void placesWithOneAndWordsWithTheOther() {
        SourceMap listingsSheet = new SourceMap() {
            @Override
            public Location locate(String pointer) {
                return new Location.Cell("programs.xlsx", 0, pointer, "Listings", 2, "Residence", "F");
            }

            @Override
            public Text terms(Text text, String pointer) {
                return new Text(text.en().replace("`residence`", "\"Residence\""),
                        text.fr().replace("`residence`", "« Lieu de résidence »"));
            }
        };
        SourceMap intakesSheet = pointer -> new Location.Cell("programs.xlsx", 0, pointer, "Intakes", 3, "Start date", "C");

        SourceMap joined = SourceMap.wordedBy(listingsSheet, intakesSheet);

        assertThat(joined.locate("/intakes/0/startDate")).isEqualTo(intakesSheet.locate("/intakes/0/startDate"));
        assertThat(joined.terms(new Text("write `residence` as codes", "écrivez `residence` en codes"), "/eligibility/residence"))
                .isEqualTo(new Text("write \"Residence\" as codes", "écrivez « Lieu de résidence » en codes"));
    }
}
