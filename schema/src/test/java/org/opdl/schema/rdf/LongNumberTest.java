package org.opdl.schema.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.text.Lang;
import org.opdl.schema.format.ReadException;

/**
 * U46: a whole number in RDF longer than the JSON reader's number limit. Before, read and converted
 * without a word, into JSON that opdl then refused ("a number longer than the limit of 100
 * characters"): a round trip that did not come back.
 */
@DisplayName("A whole number longer than the number limit in RDF")
class LongNumberTest {

    private static String intake(String places) {
        return """
                PREFIX opdl: <https://w3id.org/opdl/ns#>
                <https://w3id.org/opdl/listing/banff/indigenous-screen-summit> a opdl:Listing ;
                  opdl:title "Indigenous Screen Summit"@en ;
                  opdl:intakes ( [ opdl:places %s ] ) .
                """.formatted(places);
    }

    @Test
    @DisplayName("is refused at its field, with its length, the limit and its option, in both languages")
    void refused() {
        ReadException e = RdfNothingLostTest.readAs("ttl", intake("9".repeat(150))).error();
        assertThat(e).isNotNull();
        assertThat(e.rule().id()).isEqualTo("opdl.convert.unmappable");
        assertThat(e.location().pointer()).isEqualTo("/intakes/0/places");
        assertThat(e.text().in(Lang.EN)).isEqualTo("a whole number of 150 characters, longer than the limit of 100 "
                + "(--max-number-length): the JSON written from it could not be read back");
        assertThat(e.text().in(Lang.FR)).startsWith("un nombre entier de 150 caractères, plus long que la limite de 100");
        assertThat(e.fix().in(Lang.EN)).startsWith("write the number the program gives");
    }

    @Test
    @DisplayName("of 100 characters, as JSON reads one, is read")
    void atTheLimit() {
        RdfNothingLostTest.Read read = RdfNothingLostTest.readAs("ttl", intake("9".repeat(100)));
        assertThat(read.error()).isNull();
        assertThat(read.listings()).singleElement().satisfies(r ->
                assertThat(r.listing().path("intakes").path(0).path("places").toString()).hasSize(100));
    }
}
