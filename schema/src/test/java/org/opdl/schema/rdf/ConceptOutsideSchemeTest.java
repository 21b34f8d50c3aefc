package org.opdl.schema.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.text.Lang;
import org.opdl.schema.format.ReadException;

/**
 * U45: an address where a code field takes a concept of its scheme, as when a Turtle prefix of the
 * scheme is bound again lower in the file. Before, "the graph holds a value of the wrong kind:
 * https://w3id.org/opdl/vocab/programme-type/market-pitch-forum", with the general fix.
 */
@DisplayName("An address outside a code field's scheme")
class ConceptOutsideSchemeTest {

    private static final String LISTING = """
            PREFIX opdl: <https://w3id.org/opdl/ns#>
            PREFIX program-type: <https://w3id.org/opdl/vocab/program-type/>
            <https://w3id.org/opdl/listing/banff/indigenous-screen-summit> a opdl:Listing ;
              opdl:title "Indigenous Screen Summit"@en .
            PREFIX program-type: <https://w3id.org/opdl/vocab/programme-type/>
            <https://w3id.org/opdl/listing/banff/indigenous-screen-summit>
              opdl:programType program-type:market-pitch-forum .
            """;

    @Test
    @DisplayName("in Turtle, with a prefix bound again lower in the file, is refused at the line of the second binding, in both languages")
    void prefixBoundAgain() {
        ReadException e = RdfNothingLostTest.readAs("ttl", LISTING).error();
        assertThat(e).isNotNull();
        assertThat(e.rule().id()).isEqualTo("opdl.convert.unmappable");
        // U53: the second binding is refused at its line, before the value it changes is read.
        assertThat(e.location()).isInstanceOfSatisfying(org.opdl.model.finding.Location.Text.class, at -> assertThat(at.line()).isEqualTo(5));
        assertThat(e.text().in(Lang.EN)).startsWith("the prefix program-type: is bound again here, to <https://w3id.org/opdl/vocab/programme-type/>, "
                + "where line 2 bound it to <https://w3id.org/opdl/vocab/program-type/>");
        assertThat(e.fix().in(Lang.EN)).startsWith("bind each prefix once");
        assertThat(e.text().in(Lang.FR)).startsWith("le préfixe program-type: est lié de nouveau ici");
    }

    @Test
    @DisplayName("in JSON-LD, a full address for a code, says to write the code alone")
    void jsonLdAddress() {
        String doc = """
                {"@context": "https://w3id.org/opdl/context/0.2.jsonld",
                 "id": "listing:banff/indigenous-screen-summit",
                 "title": {"en": "Indigenous Screen Summit"},
                 "programTypes": ["https://example.org/types/market-pitch-forum"]}
                """;
        ReadException e = RdfNothingLostTest.readAs("jsonld", doc).error();
        assertThat(e).isNotNull();
        assertThat(e.text().in(Lang.EN)).startsWith("the value <https://example.org/types/market-pitch-forum> is not a concept "
                + "of the scheme program-type");
        assertThat(e.fix().in(Lang.EN)).startsWith("write the code alone, such as \"market-pitch-forum\"");
        assertThat(e.location().line()).isEqualTo(4);
    }
}
