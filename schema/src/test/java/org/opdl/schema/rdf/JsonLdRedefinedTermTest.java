package org.opdl.schema.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Lang;
import org.opdl.schema.format.ReadException;

/**
 * U52: a local context that defines again a term to which the OPDL context gives a context of its own
 * ({@code "provider": {"@id": …, "@container": "@set"}}) makes JSON-LD read the organisation without
 * the languages of its name; it is refused at the field's key, saying so, not as text without a
 * language tag with the general fix.
 */
@DisplayName("A local context that defines a field of objects of the standard again")
class JsonLdRedefinedTermTest {

    private static String wideLens(String definition) {
        return """
                {
                  "@context": ["https://w3id.org/opdl/context/0.2.jsonld",
                    {"provider": %s}],
                  "id": "listing:cmpa/wide-lens",
                  "title": {"en": "Wide Lens", "fr": "Wide Lens"},
                  "url": "https://cmpa.ca/professional-development/",
                  "programTypes": ["edi-training"],
                  "status": "open",
                  "lastUpdated": "2025-09-01T09:00:00-04:00",
                  "provider": {
                    "id": "provider:cmpa",
                    "name": {"en": "Canadian Media Producers Association", "fr": "Association canadienne des producteurs médiatiques"}
                  }
                }
                """.formatted(definition);
    }

    /** Before: "the graph holds text without a language tag" at /provider/name, with the general fix. */
    @Nested
    @DisplayName("with only a @set container")
    class SetOnly {

        @Test
        @DisplayName("is refused at the field's key, with its line, saying what the definition drops and how to fix it, in both languages")
        void refusedAtTheKey() {
            ReadException e = RdfNothingLostTest.readAs("jsonld",
                    wideLens("{\"@id\": \"https://w3id.org/opdl/ns#provider\", \"@container\": \"@set\"}")).error();
            assertThat(e).isNotNull();
            assertThat(e.rule().id()).isEqualTo("opdl.convert.unmappable");
            assertThat(e.location()).isInstanceOfSatisfying(Location.Json.class, at -> {
                assertThat(at.line()).isEqualTo(10);
                assertThat(at.pointer()).isEqualTo("/provider");
            });
            assertThat(e.text().in(Lang.EN)).startsWith("the context defines \"provider\" again, a field the OPDL context already defines")
                    .contains("its texts would lose their languages").doesNotContain("language tag");
            assertThat(e.text().in(Lang.FR)).startsWith("le contexte définit de nouveau « provider », un champ que le contexte OPDL définit déjà");
            assertThat(e.fix().in(Lang.EN)).isEqualTo("delete \"provider\" from the local context, which the OPDL context defines already "
                    + "(a field of several values needs no \"@container\": \"@set\"), and write the field as opdl convert --to jsonld writes it");
            assertThat(e.fix().in(Lang.FR)).startsWith("supprimez \"provider\" du contexte local");
        }
    }

    @Nested
    @DisplayName("by its address alone")
    class AddressOnly {

        @Test
        @DisplayName("is refused the same way, the address being all its new definition")
        void refused() {
            ReadException e = RdfNothingLostTest.readAs("jsonld", wideLens("\"https://w3id.org/opdl/ns#provider\"")).error();
            assertThat(e).isNotNull();
            assertThat(e.text().in(Lang.EN)).startsWith("the context defines \"provider\" again");
        }
    }

    @Nested
    @DisplayName("with a context of its own")
    class WithItsContext {

        @Test
        @DisplayName("is read, the names of the organisation keeping their languages")
        void read() {
            RdfNothingLostTest.Read read = RdfNothingLostTest.readAs("jsonld", wideLens("""
                    {"@id": "https://w3id.org/opdl/ns#provider", "@container": "@set",
                      "@context": {"provider": "https://w3id.org/opdl/provider/",
                        "name": {"@id": "https://w3id.org/opdl/ns#name", "@container": "@language"}}}"""));
            assertThat(read.error()).isNull();
            assertThat(read.listings()).hasSize(1);
            assertThat(read.listings().get(0).toString()).contains("Association canadienne des producteurs médiatiques");
        }
    }

    @Nested
    @DisplayName("as an index map")
    class IndexMap {

        @Test
        @DisplayName("is refused at the field's key, the intakes it holds read without their fields' meaning otherwise")
        void refused() {
            String doc = """
                    {
                      "@context": ["https://w3id.org/opdl/context/0.2.jsonld",
                        {"intakes": {"@id": "https://w3id.org/opdl/ns#intake", "@container": "@index"}}],
                      "id": "listing:cmpa/prime-time",
                      "title": {"en": "Prime Time", "fr": "Prime Time"},
                      "url": "https://cmpa.ca/professional-development/",
                      "programTypes": ["conference"],
                      "status": "open",
                      "lastUpdated": "2025-09-01T09:00:00-04:00",
                      "intakes": {"winter": {"startDate": "2026-02-01", "endDate": "2026-02-03"}}
                    }
                    """;
            ReadException e = RdfNothingLostTest.readAs("jsonld", doc).error();
            assertThat(e).isNotNull();
            assertThat(e.location()).isInstanceOfSatisfying(Location.Json.class, at -> assertThat(at.pointer()).isEqualTo("/intakes"));
            assertThat(e.text().in(Lang.EN)).startsWith("the context defines \"intakes\" again");
        }
    }
}
