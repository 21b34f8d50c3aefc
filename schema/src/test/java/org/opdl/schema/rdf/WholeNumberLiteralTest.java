package org.opdl.schema.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.text.Lang;
import org.opdl.schema.format.ReadException;

/**
 * U47: a whole-number field written in Turtle with a decimal point or an exponent ({@code opdl:places
 * 15.0}, {@code 1e999999999}), or with a word. Before, "the graph holds a value of the wrong kind:
 * "1e999999999"^^xsd:double", with the general fix.
 */
@DisplayName("A whole-number field that holds no whole number in RDF")
class WholeNumberLiteralTest {

    private static String intake(String places) {
        return """
                PREFIX opdl: <https://w3id.org/opdl/ns#>
                <https://w3id.org/opdl/listing/banff/indigenous-screen-summit> a opdl:Listing ;
                  opdl:title "Indigenous Screen Summit"@en ;
                  opdl:intakes ( [ opdl:places %s ] ) .
                """.formatted(places);
    }

    @Test
    @DisplayName("with a decimal point or an exponent is named as written, with the form to write, in both languages")
    void decimalOrExponent() {
        for (String written : new String[] {"15.0", "1e999999999"}) {
            ReadException e = RdfNothingLostTest.readAs("ttl", intake(written)).error();
            assertThat(e).isNotNull();
            assertThat(e.location().pointer()).isEqualTo("/intakes/0/places");
            assertThat(e.text().in(Lang.EN)).isEqualTo("the number " + written + " is written with a decimal point or an exponent, "
                    + "which RDF reads as a decimal or a floating-point number, where opdl:places takes a whole number");
            assertThat(e.fix().in(Lang.EN)).isEqualTo("write a whole number in digits alone, without a decimal point or an exponent, such as 15");
            assertThat(e.text().in(Lang.FR)).startsWith("le nombre " + written + " est écrit avec un point décimal ou un exposant");
        }
    }

    @Test
    @DisplayName("with a word is named as written, in both languages")
    void word() {
        ReadException e = RdfNothingLostTest.readAs("ttl", intake("\"fifteen\"")).error();
        assertThat(e).isNotNull();
        assertThat(e.text().in(Lang.EN)).isEqualTo("the value \"fifteen\" is not a whole number, which opdl:places takes");
        assertThat(e.text().in(Lang.FR)).isEqualTo("la valeur « fifteen » n'est pas un nombre entier, ce que prend opdl:places");
    }
}
