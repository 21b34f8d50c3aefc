package org.opdl.model.field;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opdl.model.definition.FieldDefinition;
import org.opdl.model.definition.FieldType;
import org.opdl.model.definition.StandardDefinition;
import org.opdl.model.text.Text;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("The field tree")
class FieldTreeTest {

    private static final FieldTree LISTING = FieldTree.listing();

    @Nested
    @DisplayName("built from fields.csv")
    class Built {

        @Test
        @DisplayName("holds every row of the table once, numbered in table order, under its parent")
        void everyRow() {
            List<FieldDefinition> rows = StandardDefinition.listing().fields();
            assertThat(LISTING.size()).isEqualTo(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                Field f = LISTING.fields().get(i);
                assertThat(f.number()).isEqualTo(i);
                assertThat(f.definition()).isSameAs(rows.get(i));
                Field parent = f.parent().orElseThrow();
                assertThat(parent.children()).contains(f);
                assertThat(parent.isRoot() ? "" : parent.path() + ".").isEqualTo(
                        f.path().substring(0, f.path().length() - f.name().length()));
            }
            assertThat(LISTING.root().children()).extracting(Field::name)
                    .startsWith("@context", "id", "type", "provider", "partners");
        }

        @Test
        @DisplayName("gives a nested field its split path, pointer, item pointers, RDF property and headings")
        void nestedField() {
            Field currency = LISTING.field("fees.amount.currency").orElseThrow();
            assertThat(currency.segments()).containsExactly("fees", "amount", "currency");
            assertThat(currency.depth()).isEqualTo(3);
            assertThat(currency.pointer()).isEqualTo("/fees/amount/currency");
            assertThat(currency.type()).isEqualTo(FieldType.CURRENCY);
            assertThat(currency.propertyIri()).isEqualTo("https://w3id.org/opdl/ns#currency");
            Field intakes = LISTING.field("intakes").orElseThrow();
            assertThat(intakes.repeat()).isTrue();
            assertThat(intakes.ordered()).isTrue();
            assertThat(intakes.rdfClass()).contains("Intake");
            assertThat(intakes.itemPointer(2)).isEqualTo("/intakes/2");
            assertThat(intakes.itemPointer(40)).isEqualTo("/intakes/40");
            Field deadline = intakes.child("applicationDeadline").orElseThrow();
            assertThat(deadline.headingOrLabel())
                    .isEqualTo(new Text("Application deadline", "Date limite de candidature"));
            Field region = LISTING.field("locations.region").orElseThrow();
            assertThat(region.scheme()).contains("region");
        }

        @Test
        @DisplayName("marks the fields that JSON-LD keywords carry")
        void keywords() {
            assertThat(LISTING.field("id").orElseThrow().isId()).isTrue();
            assertThat(LISTING.field("provider.id").orElseThrow().propertyIri()).isEqualTo(Field.ID);
            assertThat(LISTING.field("type").orElseThrow().isType()).isTrue();
            assertThat(LISTING.field("@context").orElseThrow().isContext()).isTrue();
            assertThat(LISTING.field("@context").orElseThrow().pointer()).isEqualTo("/@context");
        }

        @Test
        @DisplayName("drops a dataset's listings, and everything below a dropped field, on request")
        void without() {
            FieldTree dataset = FieldTree.dataset();
            assertThat(dataset.field("listings").orElseThrow().isRecordReference()).isTrue();
            FieldTree own = dataset.without(Field::isRecordReference);
            assertThat(own.root().children()).extracting(Field::name)
                    .containsExactly("@context", "type", "standardVersion", "publisher", "license", "generated", "organizations");
            FieldTree noPublisher = own.without(f -> f.path().equals("publisher"));
            assertThat(noPublisher.field("publisher.name")).isEmpty();
            assertThat(noPublisher.fields()).extracting(Field::number).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
        }
    }

    @Nested
    @DisplayName("found by pointer")
    class ByPointer {

        @Test
        @DisplayName("skips array indexes and lands a language tag on its text field")
        void at() {
            assertThat(LISTING.at("/intakes/3/startDate")).map(Field::path).contains("intakes.startDate");
            assertThat(LISTING.at("/title/fr")).map(Field::path).contains("title");
            assertThat(LISTING.at("/intakes/0/startDate/x")).isEmpty();
            assertThat(LISTING.at("")).isEmpty();
            assertThat(LISTING.namesIn("/eligibility")).contains("minAge", "maxAge", "residence");
            assertThat(LISTING.namesIn("/nowhere")).isEmpty();
        }

        @Test
        @DisplayName("names the RDF property of the deepest field a pointer reaches")
        void rdfProperty() {
            assertThat(LISTING.rdfProperty("/fees/0/amount/currency")).isEqualTo("https://w3id.org/opdl/ns#currency");
            assertThat(LISTING.rdfProperty("/title/en")).isEqualTo("https://w3id.org/opdl/ns#title");
            assertThat(LISTING.rdfProperty("/provider/id")).isEqualTo("https://w3id.org/opdl/ns#provider");
            assertThat(LISTING.rdfProperty("")).isEmpty();
        }
    }

    @Nested
    @DisplayName("walked over a listing")
    class Walk {

        private final JsonNode listing = JsonMapper.builder().build().readTree("""
                {"title": {"en": "Producers Lab", "fr": "Laboratoire des producteurs"},
                 "programTypes": ["lab", "mentorship"],
                 "fees": [{"amount": {"currency": "CAD"}}, "not an object", {"feeType": "application"},
                          {"amount": {"currency": "USD"}}],
                 "intakes": [{"startDate": "2025-09-08"}]}""");

        @Test
        @DisplayName("finds every value of the chosen fields with its pointer, arrays expanded")
        void chosen() {
            FieldWalk walk = LISTING.select(f -> f.type() == FieldType.CURRENCY || f.type() == FieldType.CODE);
            List<String> found = new ArrayList<>();
            walk.walk(listing, (f, pointer, value) -> found.add(f.path() + " " + pointer + " " + value.asString()));
            assertThat(found).containsExactlyInAnyOrder(
                    "programTypes /programTypes/0 lab", "programTypes /programTypes/1 mentorship",
                    "fees.feeType /fees/2/feeType application",
                    "fees.amount.currency /fees/0/amount/currency CAD",
                    "fees.amount.currency /fees/3/amount/currency USD");
            assertThat(walk.chooses(LISTING.field("title").orElseThrow())).isFalse();
        }

        @Test
        @DisplayName("finds one field alone")
        void alone() {
            Field start = LISTING.field("intakes.startDate").orElseThrow();
            List<String> found = new ArrayList<>();
            LISTING.select(start).walk(listing, (f, pointer, value) -> found.add(pointer));
            assertThat(found).containsExactly("/intakes/0/startDate");
        }
    }

    @Test
    @DisplayName("escapes pointer tokens in one place, as RFC 6901 says")
    void pointerEscapes() {
        assertThat(JsonPointer.escape("a/b~c")).isEqualTo("a~1b~0c");
        assertThat(JsonPointer.unescape("a~1b~0c")).isEqualTo("a/b~c");
        assertThat(JsonPointer.unescape("~01")).isEqualTo("~1");
        assertThat(JsonPointer.append("/fees/0", "a/b")).isEqualTo("/fees/0/a~1b");
        assertThat(JsonPointer.dottedPath("/intakes/0/endDate")).isEqualTo("intakes.endDate");
        assertThat(JsonPointer.dottedPath("/x~1y/2")).isEqualTo("x/y");
    }
}
