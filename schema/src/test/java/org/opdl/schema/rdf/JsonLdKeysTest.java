package org.opdl.schema.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Lang;
import org.opdl.schema.format.ReadException;

/**
 * U40, U41 and U43: a JSON-LD type map, written before or after the data, and a property of another vocabulary in an {@code @included}
 * node, are refused at the key the author wrote, with its line, not at line 1 or at an RDF subject
 * and predicate.
 */
@DisplayName("JSON-LD keys refused where they are written")
class JsonLdKeysTest {

    private static final String CONTEXT = """
              "@context": ["https://w3id.org/opdl/context/0.2.jsonld",
                {"provider": {"@id": "https://w3id.org/opdl/ns#provider", "@container": "@type"}}],
            """;

    private static final String OPDL_ONLY = "  \"@context\": \"https://w3id.org/opdl/context/0.2.jsonld\",\n";

    private static String wideLens(String provider, String more) {
        return wideLens(CONTEXT, provider, more);
    }

    private static String wideLens(String context, String provider, String more) {
        return """
                {
                """ + context + """
                  "id": "listing:cmpa/wide-lens",
                  "title": {"en": "Wide Lens", "fr": "Wide Lens"},
                  "url": "https://cmpa.ca/professional-development/",
                  "programTypes": ["edi-training"],
                  "status": "open",
                  "lastUpdated": "2025-09-01T09:00:00-04:00",
                """ + more + "  \"provider\": " + provider + "\n}\n";
    }

    /** U40: before, "the graph holds text without a language tag" at the provider, with the general fix. */
    @Nested
    @DisplayName("a type map (\"@container\": \"@type\") holding an object")
    class TypeMap {

        private final String doc = wideLens("""
                {
                    "Organization": {
                      "id": "provider:cmpa",
                      "name": {"en": "Canadian Media Producers Association", "fr": "Association canadienne des producteurs médiatiques"}
                    }
                  }""", "");

        @Test
        @DisplayName("is refused at the type's key, with its line and pointer, saying what the map changes, in both languages")
        void refusedAtTheKey() {
            ReadException e = RdfNothingLostTest.readAs("jsonld", doc).error();
            assertThat(e).isNotNull();
            assertThat(e.rule().id()).isEqualTo("opdl.convert.unmappable");
            assertThat(e.location()).isInstanceOfSatisfying(Location.Json.class, at -> {
                assertThat(at.line()).isEqualTo(11);
                assertThat(at.pointer()).isEqualTo("/provider/Organization");
            });
            assertThat(e.location().describe(Lang.FR)).startsWith("ligne 11, colonne 5");
            assertThat(e.text().in(Lang.EN)).startsWith("the context makes \"provider\" a type map (\"@container\": \"@type\"), "
                    + "so the key \"Organization\" is read as the type of the object it holds").doesNotContain("language tag");
            assertThat(e.text().in(Lang.FR)).startsWith("le contexte fait de « provider » un dictionnaire de types");
            assertThat(e.fix().in(Lang.EN)).startsWith("delete \"@container\": \"@type\" from the context and write the object itself, "
                    + "with its type inside it: \"provider\": {\"type\": \"Organization\", …}");
            assertThat(e.fix().in(Lang.FR)).startsWith("supprimez \"@container\": \"@type\" du contexte");
        }

        @Test
        @DisplayName("holding an address only, which loses nothing, is read")
        void addressRead() {
            RdfNothingLostTest.Read read = RdfNothingLostTest.readAs("jsonld", wideLens("{\"Organization\": \"provider:cmpa\"}", ""));
            assertThat(read.error()).isNull();
            assertThat(read.listings()).singleElement()
                    .satisfies(r -> assertThat(r.listing().path("provider").path("id").asString()).isEqualTo("provider:cmpa"));
        }
        /** U43: before, "the graph holds text without a language tag" at /provider/name, with the general fix. */
        @Test
        @DisplayName("defined by a context written after the data it governs is refused at the type's key too")
        void contextWrittenAfter() {
            String after = wideLens(OPDL_ONLY, """
                    {
                        "Organization": {"id": "provider:cmpa", "name": {"en": "CMPA"}}
                      },
                      "@context": {"provider": {"@id": "https://w3id.org/opdl/ns#provider", "@container": "@type"}}""", "");
            String doc = "{\"@context\": \"https://w3id.org/opdl/context/0.2.jsonld\", \"@graph\": [\n"
                    + after.replace(OPDL_ONLY, "") + "]}\n";
            ReadException e = RdfNothingLostTest.readAs("jsonld", doc).error();
            assertThat(e).isNotNull();
            assertThat(e.location().line()).isEqualTo(10);
            assertThat(e.location().pointer()).isEqualTo("/@graph/0/provider/Organization");
            assertThat(e.text().in(Lang.EN)).startsWith("the context makes \"provider\" a type map").doesNotContain("language tag");
        }

        @Test
        @DisplayName("on an ordered field, intakes, is refused as a type map, not as a list that is not one")
        void orderedField() {
            String context = CONTEXT.replace("\"provider\": {\"@id\": \"https://w3id.org/opdl/ns#provider\"",
                    "\"intakes\": {\"@id\": \"https://w3id.org/opdl/ns#intakes\"");
            String doc = wideLens(context, "{\"id\": \"provider:cmpa\", \"name\": {\"en\": \"CMPA\"}}",
                    "  \"intakes\": {\"Intake\": {\"startDate\": \"2025-10-01\"}},\n");
            ReadException e = RdfNothingLostTest.readAs("jsonld", doc).error();
            assertThat(e).isNotNull();
            assertThat(e.location().line()).isEqualTo(10);
            assertThat(e.location().pointer()).isEqualTo("/intakes/Intake");
            assertThat(e.text().in(Lang.EN)).startsWith("the context makes \"intakes\" a type map").doesNotContain("well-formed RDF list");
        }
    }

    /** U41: before, "<provider:cmpa> <http://xmlns.com/foaf/0.1/nick>" with no line. */
    @Nested
    @DisplayName("a property of another vocabulary")
    class ForeignProperty {

        @Test
        @DisplayName("in an @included node is refused at its key, with its line, in both languages")
        void inIncluded() {
            String doc = wideLens(OPDL_ONLY, "{\"id\": \"provider:cmpa\", \"name\": {\"en\": \"CMPA\"}}", """
                      "@included": [
                        {"id": "provider:cmpa",
                         "http://xmlns.com/foaf/0.1/nick": "CMPA"}
                      ],
                    """);
            ReadException e = RdfNothingLostTest.readAs("jsonld", doc).error();
            assertThat(e).isNotNull();
            assertThat(e.location()).isInstanceOfSatisfying(Location.Json.class, at -> {
                assertThat(at.line()).isEqualTo(11);
                assertThat(at.pointer()).isEqualTo("/@included/0/http:~1~1xmlns.com~1foaf~10.1~1nick");
            });
            assertThat(e.location().describe(Lang.FR)).startsWith("ligne 11, colonne ");
            assertThat(e.text().in(Lang.EN)).contains("a property that is not a field of the standard here");
        }

        @Test
        @DisplayName("in an @included node that no listing links to is refused at its key too")
        void nodeNoListingHolds() {
            String doc = wideLens(OPDL_ONLY, "{\"id\": \"provider:cmpa\", \"name\": {\"en\": \"CMPA\"}}", """
                      "@included": [
                        {"id": "https://www.hotdocs.ca/",
                         "http://xmlns.com/foaf/0.1/nick": "Hot Docs"}
                      ],
                    """);
            ReadException e = RdfNothingLostTest.readAs("jsonld", doc).error();
            assertThat(e).isNotNull();
            assertThat(e.location()).isInstanceOf(Location.Json.class);
            assertThat(e.location().line()).isEqualTo(11);
            assertThat(e.location().pointer()).isEqualTo("/@included/0/http:~1~1xmlns.com~1foaf~10.1~1nick");
        }
    }
}
