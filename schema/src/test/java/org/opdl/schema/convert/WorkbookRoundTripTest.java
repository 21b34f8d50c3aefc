package org.opdl.schema.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opdl.model.text.Lang;
import org.opdl.model.field.FieldTree;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

@DisplayName("Every example, a dataset with its own list of organizations included, goes JSON → workbook → JSON without loss")
class WorkbookRoundTripTest {

    static Stream<Arguments> examples() throws IOException {
        Path dir = Path.of(System.getProperty("opdl.root"), "docs/examples");
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                out.add(Arguments.of(p.getFileName().toString(), p, Lang.EN));
                out.add(Arguments.of(p.getFileName().toString(), p, Lang.FR));
            }
        }
        return out.stream();
    }

    @org.junit.jupiter.api.Test
    @DisplayName("10,000 generated listings with streams and components, in a dataset with its own organizations, come back the same")
    void generatedWithZeroTwoItems() throws IOException {
        ObjectNode dataset = ListingCorpus.datasetFields();
        dataset.set("organizations", ZeroTwoItems.organizations());
        ArrayNode listings = dataset.putArray("listings");
        ListingCorpus corpus = new ListingCorpus(20261205L);
        for (int i = 0; i < RoundTripTest.CORPUS; i++) {
            ObjectNode l = corpus.next(i);
            ZeroTwoItems.add(l, i);
            listings.add(l);
        }
        assertThat(listings.valueStream().filter(l -> l.has("streams")).count()).isGreaterThan(3000);
        assertThat(listings.valueStream().filter(l -> l.has("components")).count()).isGreaterThan(3000);
        JsonNode back = RoundTripTest.roundTrip(JsonMapper.builder().build().writeValueAsBytes(dataset),
                Formats.named("xlsx").orElseThrow(), Lang.FR);
        assertThat(canonical(back)).isEqualTo(canonical(dataset));
    }

    @ParameterizedTest(name = "{0} ({2} headings)")
    @MethodSource("examples")
    @DisplayName("the example comes back the same")
    void example(String name, Path file, Lang lang) throws IOException {
        byte[] json = Files.readAllBytes(file);
        JsonNode original = JsonMapper.builder().build().readTree(json);
        JsonNode back = RoundTripTest.roundTrip(json, Formats.named("xlsx").orElseThrow(), lang);
        if (!original.has("listings")) {
            assertThat(back.isArray()).as("a listing comes back as an array of one").isTrue();
            assertThat(back.size()).isEqualTo(1);
            back = back.get(0);
        }
        if (original.has("listings") && !original.has("type")) {
            // As in the CSV form, the spreadsheet marks a dataset by its columns and the type comes back filled in.
            ((tools.jackson.databind.node.ObjectNode) original).put("type", "Dataset");
        }
        assertThat(canonical(back)).isEqualTo(canonical(original));
    }

    private static JsonNode canonical(JsonNode doc) {
        if (doc.isObject() && doc.has("listings")) {
            var copy = (tools.jackson.databind.node.ObjectNode) doc.deepCopy();
            var listings = copy.putArray("listings");
            doc.get("listings").forEach(l -> listings.add(RoundTripTest.Canonical.of(l, FieldTree.listing().root())));
            return copy;
        }
        return RoundTripTest.Canonical.of(doc, FieldTree.listing().root());
    }
}
