package org.opdl.schema.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Lang;
import org.opdl.schema.format.ReadException;

/**
 * U53: a Turtle file that binds the prefix {@code opdl:} a second time, to another address, part way
 * down (two exports joined with {@code cat}, a namespace mistyped in the second), is refused at the line
 * of the second binding, not as properties of another namespace at an RDF subject and predicate with
 * no line.
 */
@DisplayName("A Turtle prefix bound again part way down a file")
class TurtlePrefixAgainTest {

    private static String primeTime(String between) {
        return """
                PREFIX opdl: <https://w3id.org/opdl/ns#>
                PREFIX program-type: <https://w3id.org/opdl/vocab/program-type/>
                PREFIX status: <https://w3id.org/opdl/vocab/listing-status/>

                <https://w3id.org/opdl/listing/cmpa/prime-time> a opdl:Listing ;
                    opdl:title "Prime Time"@en , "Prime Time"@fr ;
                    opdl:url <https://cmpa.ca/professional-development/> ;
                    opdl:programType program-type:conference ;
                    opdl:status status:open ;
                    opdl:lastUpdated "2025-09-01T09:00:00-04:00"^^<http://www.w3.org/2001/XMLSchema#dateTime> ;
                    opdl:provider <https://w3id.org/opdl/provider/cmpa> .
                %s
                <https://w3id.org/opdl/provider/cmpa> opdl:name "Canadian Media Producers Association"@en ;
                    opdl:website <https://cmpa.ca/> .
                """.formatted(between);
    }

    @Test
    @DisplayName("to an address of the standard mistyped is refused at the line of the second binding, naming both, in both languages")
    void mistypedAgain() {
        ReadException e = RdfNothingLostTest.readAs("ttl", primeTime("@prefix opdl: <https://w3id.org/opdl/ns/> .")).error();
        assertThat(e).isNotNull();
        assertThat(e.location()).isInstanceOfSatisfying(Location.Text.class, at -> assertThat(at.line()).isEqualTo(12));
        assertThat(e.text().in(Lang.EN)).isEqualTo("the prefix opdl: is bound again here, to <https://w3id.org/opdl/ns/>, where line 1 bound it "
                + "to <https://w3id.org/opdl/ns#>: Turtle reads each name written with opdl: below this line with the new address, so that "
                + "the same name means one thing above it and another below it");
        assertThat(e.text().in(Lang.FR)).startsWith("le préfixe opdl: est lié de nouveau ici, à <https://w3id.org/opdl/ns/>, alors que la ligne 1");
        assertThat(e.fix().in(Lang.EN)).startsWith("bind each prefix once");
    }

    @Test
    @DisplayName("to an address of another vocabulary is refused the same way, not as a property that is not a field here")
    void otherVocabulary() {
        ReadException e = RdfNothingLostTest.readAs("ttl", primeTime("PREFIX opdl: <https://example.org/mine#>")).error();
        assertThat(e).isNotNull();
        assertThat(e.location()).isInstanceOfSatisfying(Location.Text.class, at -> assertThat(at.line()).isEqualTo(12));
        assertThat(e.text().in(Lang.EN)).startsWith("the prefix opdl: is bound again here, to <https://example.org/mine#>");
    }

    @Test
    @DisplayName("to the same address, as two exports joined keep it, is read")
    void sameAddress() {
        RdfNothingLostTest.Read read = RdfNothingLostTest.readAs("ttl", primeTime("@prefix opdl: <https://w3id.org/opdl/ns#> ."));
        assertThat(read.error()).isNull();
        assertThat(read.listings()).hasSize(1);
    }

    @Test
    @DisplayName("a prefix of no standard's address bound twice is left to Turtle, and a name holding the word prefix is not a directive")
    void otherPrefixes() {
        RdfNothingLostTest.Read read = RdfNothingLostTest.readAs("ttl", "PREFIX ex: <https://example.org/a#>\n"
                + "PREFIX ex: <https://example.org/b#>\n" + primeTime("PREFIX prefix: <https://example.org/prefix#>"));
        assertThat(read.error()).isNull();
        assertThat(read.listings()).hasSize(1);
    }
}
