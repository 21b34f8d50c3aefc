package org.opdl.schema.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.schema.rdf.RdfNothingLostTest.readAs;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Lang;

/** A JSON-LD listing's refusals and findings are placed at the keys its author wrote, with their line and column. */
@DisplayName("places in JSON-LD name the keys written")
class JsonLdPlacesTest {

    private static final String DATASET = """
            {"@context": "https://w3id.org/opdl/context/0.2.jsonld",
             "@graph": [
              {"id": "listing:hot-docs/doc-ignite",
               "title": {"en": "Hot Docs Doc Ignite"},
               "programTypes": ["mentorship"],
               "contact": {"email": "ignite at hotdocs.ca"},
               "fees": [{"feeType": "tuition", "amount": {"amount": 400, "currency": "CAD"}},
                        {"feeType": "application-fee", "amount": {"amount": 25, "currency": "CAD"}}],
               "intakes": [{"applicationDeadline": "2027-03-15"},
                           {"applicationDeadline": "2028-03-15", PLACES}]}
             ]}
            """;

    @Test
    @DisplayName("a key out of place is refused at its line and column, with its pointer, not at IRIs")
    void keyOutOfPlace() {
        RdfNothingLostTest.Read read = readAs("jsonld", DATASET.replace("PLACES", "\"currency\": \"CAD\""));
        assertThat(read.error()).isNotNull();
        assertThat(read.error().location()).isEqualTo(new Location.Json("in.jsonld", 0, "/intakes/1/currency", 10, 66));
        assertThat(read.error().location().describe(Lang.EN)).isEqualTo("line 10, column 66 /intakes/1/currency (listing 1)")
                .doesNotContain("https://");
        assertThat(read.error().location().describe(Lang.FR)).startsWith("ligne 10").doesNotContain("https://");
    }

    @Test
    @DisplayName("a field of a listing is placed at its key; an item of an unordered field at the field, as the graph sorts them")
    void fieldsOfAListing() {
        RdfNothingLostTest.Read read = readAs("jsonld", DATASET.replace(", PLACES", ""));
        assertThat(read.error()).isNull();
        var map = read.listings().get(0).sourceMap();
        assertThat(map.locate("/contact/email")).isEqualTo(new Location.Json("in.jsonld", 0, "/contact/email", 6, 25));
        assertThat(map.locate("/intakes/1/applicationDeadline").line()).isEqualTo(10);
        assertThat(map.locate("/fees/1/amount/amount")).isEqualTo(new Location.Json("in.jsonld", 0, "/fees/1/amount/amount", 7, 12));
        assertThat(map.locate("")).isEqualTo(new Location.Json("in.jsonld", 0, "", 3, 3));
    }

    @Test
    @DisplayName("a listing with no id keeps its RDF place; Turtle keeps subjects and predicates")
    void otherPlacesKept() {
        String blank = DATASET.replace("{\"id\": \"listing:hot-docs/doc-ignite\",", "{").replace(", PLACES", "");
        RdfNothingLostTest.Read read = readAs("jsonld", blank);
        assertThat(read.error()).isNull();
        assertThat(read.listings().get(0).sourceMap().locate("/title")).isInstanceOf(Location.Rdf.class);
    }
}
