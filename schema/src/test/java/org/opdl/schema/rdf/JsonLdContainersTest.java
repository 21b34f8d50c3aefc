package org.opdl.schema.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Lang;
import org.opdl.schema.format.ReadException;

/**
 * U50: a local context that makes a field of objects an id map ({@code "@container": "@id"}) or a
 * graph container ({@code "@container": "@graph"}) is refused at the key the author wrote, with its
 * line, as a type map is (U40), not as text without a language or as a field out of place at an RDF
 * subject and predicate.
 */
@DisplayName("JSON-LD containers that change what a field holds")
class JsonLdContainersTest {

    private static String wideLens(String container, String provider) {
        return """
                {
                  "@context": ["https://w3id.org/opdl/context/0.2.jsonld",
                    {"provider": {"@id": "https://w3id.org/opdl/ns#provider", "@container": %s}}],
                  "id": "listing:cmpa/wide-lens",
                  "title": {"en": "Wide Lens", "fr": "Wide Lens"},
                  "url": "https://cmpa.ca/professional-development/",
                  "programTypes": ["edi-training"],
                  "status": "open",
                  "lastUpdated": "2025-09-01T09:00:00-04:00",
                  "provider": %s
                }
                """.formatted(container, provider);
    }

    private static final String CMPA = """
            {"id": "provider:cmpa",
                "name": {"en": "Canadian Media Producers Association", "fr": "Association canadienne des producteurs médiatiques"}}""";

    /** Before: "the graph holds text without a language tag" at /provider/name, with the general fix. */
    @Nested
    @DisplayName("an id map holding an object")
    class IdMap {

        @Test
        @DisplayName("is refused at the id's key, with its line and pointer, saying what the map changes, in both languages")
        void refusedAtTheKey() {
            String doc = wideLens("\"@id\"", """
                    {
                        "provider:cmpa": {
                          "name": {"en": "Canadian Media Producers Association"}
                        }
                      }""");
            ReadException e = RdfNothingLostTest.readAs("jsonld", doc).error();
            assertThat(e).isNotNull();
            assertThat(e.rule().id()).isEqualTo("opdl.convert.unmappable");
            assertThat(e.location()).isInstanceOfSatisfying(Location.Json.class, at -> {
                assertThat(at.line()).isEqualTo(11);
                assertThat(at.pointer()).isEqualTo("/provider/provider:cmpa");
            });
            assertThat(e.text().in(Lang.EN)).startsWith("the context makes \"provider\" an id map (\"@container\": \"@id\"), "
                    + "so the key \"provider:cmpa\" is read as the id of the object it holds").doesNotContain("language tag");
            assertThat(e.text().in(Lang.FR)).startsWith("le contexte fait de « provider » un dictionnaire d'identifiants");
            assertThat(e.fix().in(Lang.EN)).startsWith("delete \"@container\": \"@id\" from the context and write the object itself, "
                    + "with its id inside it: \"provider\": {\"id\": \"provider:cmpa\", …}");
            assertThat(e.fix().in(Lang.FR)).startsWith("supprimez \"@container\": \"@id\" du contexte");
        }

        @Test
        @DisplayName("with @set beside it, in a list, is refused as an id map")
        void inAList() {
            String doc = wideLens("[\"@id\", \"@set\"]", "{\"provider:cmpa\": {\"name\": {\"en\": \"CMPA\"}}}");
            ReadException e = RdfNothingLostTest.readAs("jsonld", doc).error();
            assertThat(e).isNotNull();
            assertThat(e.text().in(Lang.EN)).startsWith("the context makes \"provider\" an id map");
        }
    }

    /** Before: "the key "website" is not a field of the standard in this object" at an RDF subject and predicate, with no line. */
    @Nested
    @DisplayName("a graph container holding an object")
    class GraphContainer {

        @Test
        @DisplayName("is refused at the field's key, with its line, saying the object is put in a graph apart, in both languages")
        void refusedAtTheKey() {
            ReadException e = RdfNothingLostTest.readAs("jsonld", wideLens("\"@graph\"", CMPA)).error();
            assertThat(e).isNotNull();
            assertThat(e.rule().id()).isEqualTo("opdl.convert.unmappable");
            assertThat(e.location()).isInstanceOfSatisfying(Location.Json.class, at -> {
                assertThat(at.line()).isEqualTo(10);
                assertThat(at.pointer()).isEqualTo("/provider");
            });
            assertThat(e.location().describe(Lang.FR)).startsWith("ligne 10, colonne 3");
            assertThat(e.text().in(Lang.EN)).startsWith("the context makes \"provider\" a graph container (\"@container\": \"@graph\"), "
                    + "so JSON-LD puts the object it holds in a graph of its own");
            assertThat(e.text().in(Lang.FR)).startsWith("le contexte fait de « provider » un conteneur de graphe");
            assertThat(e.fix().in(Lang.EN)).startsWith("delete \"@container\": \"@graph\" from the context and write the object itself");
        }

        @Test
        @DisplayName("with @id beside it is refused as a graph container, the graph being made whatever the map")
        void withAnIdMap() {
            String doc = wideLens("[\"@graph\", \"@id\"]", "{\"https://example.org/graphs/cmpa\": " + CMPA + "}");
            ReadException e = RdfNothingLostTest.readAs("jsonld", doc).error();
            assertThat(e).isNotNull();
            assertThat(e.location().pointer()).isEqualTo("/provider");
            assertThat(e.text().in(Lang.EN)).startsWith("the context makes \"provider\" a graph container");
        }
    }
}
