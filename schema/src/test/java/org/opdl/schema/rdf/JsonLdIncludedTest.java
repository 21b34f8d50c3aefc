package org.opdl.schema.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Lang;
import org.opdl.schema.format.ReadException;

/**
 * U42 and U44: an organisation moved out of its listing, into {@code @included}, and named from the
 * listing by a bare string or by an object that gives its id. Before, "a value of the wrong kind" with
 * the general fix, or a key "not a field of the standard in this object" at an RDF subject with no line.
 */
@DisplayName("An organisation written apart from its listing in JSON-LD")
class JsonLdIncludedTest {

    private static final String CMPA = "{\"id\": \"provider:cmpa\",\n"
            + "     \"name\": {\"en\": \"Canadian Media Producers Association\", \"fr\": \"Association canadienne des producteurs médiatiques\"}}";

    private static String wideLens(String included, String provider) {
        return """
                {
                  "@context": "https://w3id.org/opdl/context/0.2.jsonld",
                """ + included + """
                  "id": "listing:cmpa/wide-lens",
                  "title": {"en": "Wide Lens", "fr": "Wide Lens"},
                  "url": "https://cmpa.ca/professional-development/",
                  "programTypes": ["edi-training"],
                  "status": "open",
                  "lastUpdated": "2025-09-01T09:00:00-04:00",
                """ + "  \"provider\": " + provider + "\n}\n";
    }

    /** U42: before, "the graph holds a value of the wrong kind: "provider:cmpa"", with the general fix. */
    @Nested
    @DisplayName("named by a bare string where the field holds an object")
    class BareString {

        @Test
        @DisplayName("is refused at the key, naming it and the text, with the fix to write an object with the id, in both languages")
        void refusedAtTheKey() {
            ReadException e = RdfNothingLostTest.readAs("jsonld", wideLens("", "\"provider:cmpa\"")).error();
            assertThat(e).isNotNull();
            assertThat(e.rule().id()).isEqualTo("opdl.convert.unmappable");
            assertThat(e.location().line()).isEqualTo(9);
            assertThat(e.location().pointer()).isEqualTo("/provider");
            assertThat(e.text().in(Lang.EN)).startsWith("the key \"provider\" holds the text \"provider:cmpa\", where the standard "
                    + "has an object").doesNotContain("wrong kind");
            assertThat(e.fix().in(Lang.EN)).startsWith("write an object that gives the id, with the node's fields inside it: "
                    + "\"provider\": {\"id\": \"provider:cmpa\", …}");
            assertThat(e.text().in(Lang.FR)).startsWith("la clé « provider » contient le texte « provider:cmpa », là où la norme attend un objet");
            assertThat(e.fix().in(Lang.FR)).startsWith("écrivez un objet qui donne l'identifiant")
                    .contains("\"provider\": {\"id\": \"provider:cmpa\", …}");
        }

        @Test
        @DisplayName("in Turtle names the property and says to write the node itself")
        void turtle() {
            String ttl = """
                    PREFIX opdl: <https://w3id.org/opdl/ns#>
                    <https://w3id.org/opdl/listing/cmpa/wide-lens> a opdl:Listing ;
                      opdl:title "Wide Lens"@en ;
                      opdl:provider "provider:cmpa" .
                    """;
            ReadException e = RdfNothingLostTest.readAs("ttl", ttl).error();
            assertThat(e).isNotNull();
            assertThat(e.location()).isInstanceOf(Location.Rdf.class);
            assertThat(e.text().in(Lang.EN)).startsWith("the property opdl:provider holds the text \"provider:cmpa\"");
            assertThat(e.fix().in(Lang.EN)).startsWith("write the node itself: its address in angle brackets");
            assertThat(e.text().in(Lang.FR)).startsWith("la propriété opdl:provider contient le texte « provider:cmpa »");
        }
    }

    /** U44: before, "the key "name" is not a field of the standard in this object" at {@code <provider:cmpa>}, with no line. */
    @Nested
    @DisplayName("described in @included")
    class Included {

        @Test
        @DisplayName("is refused at the object in @included, saying why the context does not reach it, in both languages")
        void refusedAtTheObject() {
            String doc = wideLens("  \"@included\": [\n    " + CMPA + "\n  ],\n", "{\"id\": \"provider:cmpa\"}");
            ReadException e = RdfNothingLostTest.readAs("jsonld", doc).error();
            assertThat(e).isNotNull();
            assertThat(e.rule().id()).isEqualTo("opdl.convert.unmappable");
            assertThat(e.location()).isInstanceOfSatisfying(Location.Json.class, at -> {
                assertThat(at.line()).isEqualTo(4);
                assertThat(at.pointer()).isEqualTo("/@included/0");
            });
            assertThat(e.location().describe(Lang.FR)).startsWith("ligne 4, colonne 5");
            assertThat(e.text().in(Lang.EN)).startsWith("an organisation (provider:cmpa) is described in \"@included\": the OPDL "
                    + "context gives an organisation's fields");
            assertThat(e.fix().in(Lang.EN)).startsWith("describe the organisation inside each listing's \"provider\"");
            assertThat(e.text().in(Lang.FR)).startsWith("un organisme (provider:cmpa) est décrit dans « @included » :");
        }

        @Test
        @DisplayName("named by a bare string is refused at the object in @included, which comes first")
        void bareStringToo() {
            String doc = wideLens("  \"@included\": " + CMPA + ",\n", "\"provider:cmpa\"");
            ReadException e = RdfNothingLostTest.readAs("jsonld", doc).error();
            assertThat(e).isNotNull();
            assertThat(e.location().pointer()).isEqualTo("/@included");
            assertThat(e.text().in(Lang.EN)).startsWith("an organisation (provider:cmpa) is described in \"@included\"");
        }

        @Test
        @DisplayName("holding listings, not organisations, is read as JSON-LD means it")
        void listingsRead() {
            String other = wideLens("", "{\"id\": \"provider:cmpa\", \"name\": {\"en\": \"CMPA\"}}")
                    .replace("  \"@context\": \"https://w3id.org/opdl/context/0.2.jsonld\",\n", "")
                    .replace("wide-lens", "prime-time").replace("Wide Lens", "Prime Time").strip();
            String doc = wideLens("  \"@included\": [" + other + "],\n", "{\"id\": \"provider:cmpa\", \"name\": {\"en\": \"CMPA\"}}");
            RdfNothingLostTest.Read read = RdfNothingLostTest.readAs("jsonld", doc);
            assertThat(read.error()).isNull();
            assertThat(read.listings()).hasSize(2);
        }
    }
}
