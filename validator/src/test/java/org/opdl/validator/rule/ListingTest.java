package org.opdl.validator.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.opdl.model.definition.FieldType;
import org.opdl.model.field.Field;
import org.opdl.model.field.FieldTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@DisplayName("A listing as rules see it")
class ListingTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Listing listing(String json) {
        return new Listing((ObjectNode) JSON.readTree(json), 0, LocalDate.of(2025, 2, 1), Standard.standard(), null);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "2025-01-15T10:00:00Z", "2025-01-15T10:00:00-05:00", "2025-06-30T23:59:59+14:00",
        "2024-02-29T00:00:00-00:30", "2025-02-29T10:00:00Z", "2025-01-15T24:00:00Z", "2025-01-15T10:60:00Z",
        "2025-01-15T10:00:60Z", "2025-01-15T10:00:00+18:30", "2025-01-15t10:00:00z", "2025-01-15T10:00:00.250Z",
        "2025-01-15T10:00Z", "2025-1-15T10:00:00Z", "2025-01-15 10:00:00Z", "2025-01-15T1a:00:00Z",
        "2025-01-15T10:00:00+0500", "-2025-01-15T10:00:00Z", "2025-01-15T10:00:00Z ", "not a date"})
    @DisplayName("reads a date-time with offset exactly as the JDK's ISO parser does")
    void dateTimeAgreesWithTheJdk(String value) {
        Optional<OffsetDateTime> jdk;
        try {
            jdk = Optional.of(OffsetDateTime.parse(value));
        } catch (DateTimeException e) {
            jdk = Optional.empty();
        }
        String json = "{\"lastUpdated\": \"" + value + "\"}";
        assertThat(listing(json).dateTime("/lastUpdated")).isEqualTo(value.isBlank() ? Optional.empty() : jdk);
    }

    @Test
    @DisplayName("gives one pointer per value of a field, expanding the arrays on the way")
    void valuesOfExpandsArrays() {
        Listing l = listing("""
                {"programTypes": ["mentorship", "lab"],
                 "fees": [{"amount": {"currency": "CAD"}}, {"note": "none"}, {"amount": {"currency": "USD"}}],
                 "title": {"en": "Producer Lab"}, "contact": null}""");
        assertThat(l.valuesOf("programTypes")).extracting(Listing.Value::pointer).containsExactly("/programTypes/0", "/programTypes/1");
        assertThat(l.valuesOf("fees.amount.currency")).extracting(Listing.Value::pointer).containsExactly("/fees/0/amount/currency", "/fees/2/amount/currency");
        assertThat(l.valuesOf("title")).extracting(Listing.Value::pointer).containsExactly("/title");
        assertThat(l.valuesOf("contact")).extracting(Listing.Value::pointer).containsExactly("/contact");
        assertThat(l.valuesOf("contact.email")).extracting(Listing.Value::pointer).isEmpty();
        assertThat(l.valuesOf("deliveryModes")).extracting(Listing.Value::pointer).isEmpty();
        assertThat(l.valuesOf("title.en")).extracting(Listing.Value::pointer).containsExactly("/title/en");
        assertThat(l.valuesOf("fees.note")).extracting(Listing.Value::pointer).containsExactly("/fees/1/note");
        assertThat(l.at("/fees/2/amount/currency").stringValue()).isEqualTo("USD");
        assertThat(List.of(l.string("/programTypes/1").orElseThrow())).containsExactly("lab");
    }

    @Test
    @DisplayName("gives the string values of a field type, and the object items of an array, with their pointers")
    void stringsOfATypeAndObjectsOfAnArray() {
        Listing l = listing("""
                {"url": "https://nsi-canada.ca/producers-lab", "source": "  ",
                 "provider": {"website": "https://nsi-canada.ca"},
                 "intakes": [{"startDate": "2025-04-07"}, "not an intake", {"startDate": "2025-09-08"}],
                 "contact": {"email": "labs@nsi-canada.ca"}}""");
        assertThat(l.stringsOf(FieldType.URL)).extracting(Listing.Value::pointer)
                .contains("/url", "/provider/website").doesNotContain("/source");
        assertThat(l.stringsOf(FieldType.EMAIL)).extracting(v -> v.node().stringValue())
                .containsExactly("labs@nsi-canada.ca");
        assertThat(l.objectsIn("intakes")).extracting(Listing.Value::pointer).containsExactly("/intakes/0", "/intakes/2");
        assertThat(l.objectsIn("locations")).isEmpty();
        assertThat(l.at("/intakes/2/startDate").stringValue()).isEqualTo("2025-09-08");
        assertThat(l.at("/intakes/9/startDate").isMissingNode()).isTrue();
        assertThat(l.at("").isObject()).isTrue();
    }

    @Test
    @DisplayName("finds in one walk the same values, in the same order, as searching field by field")
    void oneWalkAgreesWithFieldByField() throws IOException {
        Standard standard = Standard.standard();
        FieldTree fields = standard.fields();
        List<ObjectNode> corpus = new ArrayList<>();
        Path root = Path.of(System.getProperty("opdl.root"), "docs", "examples");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode doc = JSON.readTree(p.toFile());
                (doc.has("listings") ? doc.get("listings") : JSON.createArrayNode().add(doc))
                        .forEach(n -> corpus.add((ObjectNode) n));
            }
        }
        // Values of the wrong kind on the way: arrays where objects belong, and the reverse.
        corpus.add((ObjectNode) JSON.readTree("""
                {"fees": {"amount": {"currency": "CAD"}}, "provider": ["provider:nsi"],
                 "locations": [{"region": "CA-MB"}, "Winnipeg", [{"region": "CA-SK"}]],
                 "title": [{"en": "Lab"}], "programTypes": "lab"}"""));
        assertThat(corpus).hasSizeGreaterThan(10);
        int compared = 0;
        for (ObjectNode node : corpus) {
            Listing walked = new Listing(node, 0, LocalDate.of(2025, 2, 1), standard, null);
            for (Field field : fields.fields()) {
                if (!standard.walked().chooses(field)) {
                    continue;
                }
                List<Listing.Value> alone = new ArrayList<>();
                fields.select(field).walk(node, (f, pointer, value) -> alone.add(new Listing.Value(pointer, value)));
                assertThat(walked.valuesOf(field)).as(field.path()).isEqualTo(alone);
                compared += walked.valuesOf(field).size();
            }
        }
        assertThat(compared).isGreaterThan(100);
    }
}
