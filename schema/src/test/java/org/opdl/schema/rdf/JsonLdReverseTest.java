package org.opdl.schema.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Lang;
import org.opdl.schema.format.ReadException;

/**
 * U36: a JSON-LD {@code @reverse} turns a link around, which the standard's JSON never writes; it is
 * refused at the key the author wrote, not later at a dataset or an organisation the author never wrote.
 */
@DisplayName("@reverse in a JSON-LD file")
class JsonLdReverseTest {

    private static final String CONTEXT = "\"@context\": \"https://w3id.org/opdl/context/0.2.jsonld\",";

    @Nested
    @DisplayName("naming the dataset that holds each listing")
    class DatasetOfEachListing {

        private final String doc = "{" + CONTEXT + "\n \"@graph\": [\n  "
                + listing("cmpa/prime-time", "https://example.org/datasets/spring-2026") + ",\n  "
                + listing("cmpa/wide-lens", "https://example.org/datasets/fall-2026") + "\n ]\n}";

        @Test
        @DisplayName("is refused at the first @reverse, with its line, column and pointer, in both languages")
        void refusedAtTheKey() {
            ReadException e = RdfNothingLostTest.readAs("jsonld", doc).error();
            assertThat(e).isNotNull();
            assertThat(e.rule().id()).isEqualTo("opdl.convert.unmappable");
            assertThat(e.location()).isInstanceOfSatisfying(Location.Json.class, at -> {
                assertThat(at.line()).isEqualTo(3);
                assertThat(at.pointer()).isEqualTo("/@graph/0/@reverse");
            });
            assertThat(e.location().describe(Lang.FR)).startsWith("ligne 3, colonne ");
            assertThat(e.text().in(Lang.EN)).startsWith("the key \"@reverse\" turns a link around")
                    .doesNotContain("second dataset (a file holds one dataset)");
            assertThat(e.text().in(Lang.FR)).startsWith("la clé « @reverse » inverse un lien");
            assertThat(e.fix().in(Lang.EN)).startsWith("delete \"@reverse\" and write the link as the standard does")
                    .doesNotContain("OPDL context defines");
            assertThat(e.fix().in(Lang.FR)).startsWith("supprimez « @reverse »");
        }

        @Test
        @DisplayName("is refused at its key even when one listing names one dataset, which JSON-LD would read as an IRI")
        void oneListing() {
            String one = "{" + CONTEXT + "\n" + listing("cmpa/prime-time", "https://example.org/datasets/spring-2026")
                    .substring(1);
            ReadException e = RdfNothingLostTest.readAs("jsonld", one).error();
            assertThat(e).isNotNull();
            assertThat(e.location()).isInstanceOf(Location.Json.class);
            assertThat(e.location().line()).isEqualTo(2);
            assertThat(e.text().in(Lang.EN)).doesNotContain("where the standard expects a blank node");
        }
    }

    @Test
    @DisplayName("around a provider, the organisation holding its listings, is refused at its key")
    void organisationHoldingItsListings() {
        String doc = "{" + CONTEXT + "\n \"id\": \"provider:cmpa\", \"name\": {\"en\": \"CMPA\"},\n \"@reverse\": {\"provider\": ["
                + RdfNothingLostTest.PRIME_TIME.replace(CONTEXT, "") + "]}\n}";
        ReadException e = RdfNothingLostTest.readAs("jsonld", doc).error();
        assertThat(e).isNotNull();
        assertThat(e.location().line()).isEqualTo(3);
        assertThat(e.location().pointer()).isEqualTo("/@reverse");
        assertThat(e.text().in(Lang.EN)).startsWith("the key \"@reverse\"").doesNotContain("without a language tag");
    }

    @Test
    @DisplayName("a listing without @reverse is read as before")
    void withoutReverse() {
        RdfNothingLostTest.Read read = RdfNothingLostTest.readAs("jsonld", RdfNothingLostTest.PRIME_TIME);
        assertThat(read.error()).isNull();
        assertThat(read.listings()).hasSize(1);
    }

    /** The Prime Time listing under another id, naming the dataset that holds it with @reverse. */
    private static String listing(String id, String dataset) {
        return RdfNothingLostTest.PRIME_TIME.replace(CONTEXT, "").replace("listing:cmpa/prime-time", "listing:" + id)
                .replaceFirst("\\{", "{\"@reverse\": {\"listings\": {\"id\": \"" + dataset + "\"}}, ");
    }
}
