package org.opdl.schema.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opdl.model.text.Lang;
import org.opdl.schema.format.Format;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.WriteOptions;
import org.opdl.model.field.FieldTree;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

@DisplayName("JSON → every format → JSON gives back the same dataset or array of listings")
class RoundTripTest {

    /**
     * The default limits, with time enough for the JSON-LD of 10,000 listings on any machine: the default
     * gives such a file 60 s for each 4 MiB (K29), and a test should not depend on the speed of the one it runs on.
     */
    private static final Limits UNHURRIED = Limits.DEFAULT.withJsonLdTime(Duration.ofMinutes(30));

    /** The listings of the large round trips: 10,000, or fewer with -Dopdl.corpus=N for a quick local run. */
    static final int CORPUS = Integer.getInteger("opdl.corpus", 10_000);

    static Stream<Arguments> formats() {
        return Formats.all().stream().map(f -> Arguments.of(f.name(), Lang.EN))
                .collect(java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), l -> {
                    l.add(Arguments.of("csv", Lang.FR));
                    return l.stream();
                }));
    }

    static List<ObjectNode> corpus(int count) {
        ListingCorpus corpus = new ListingCorpus(20250315L);
        List<ObjectNode> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ObjectNode l = corpus.next(i);
            ZeroTwoItems.add(l, i);
            out.add(l);
        }
        return out;
    }

    @ParameterizedTest(name = "{0} ({1} headings)")
    @MethodSource("formats")
    @DisplayName("a dataset of 10,000 generated listings, with streams, components, its own organizations and every dataset field, comes back exactly and in order from each format")
    void generatedCorpus(String name, Lang lang) throws IOException {
        List<ObjectNode> original = corpus(CORPUS);
        ObjectNode dataset = ListingCorpus.datasetFields();
        dataset.set("organizations", ZeroTwoItems.organizations());
        dataset.putArray("listings").addAll(original);
        JsonNode back = roundTrip(JsonMapper.builder().build().writeValueAsBytes(dataset), Formats.named(name).orElseThrow(), lang);
        assertThat(back.isObject()).as("a dataset stays a dataset").isTrue();
        assertThat(ownFields(back)).isEqualTo(ownFields(dataset));
        assertSameListings(listings(back), original);
    }

    @Test
    @DisplayName("the 10,000 listings written as two N-Triples files and joined into one come back exactly and in order")
    void concatenatedNTriples() throws IOException {
        List<ObjectNode> all = corpus(CORPUS);
        JsonMapper json = JsonMapper.builder().build();
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (List<ObjectNode> half : List.of(all.subList(0, CORPUS / 2), all.subList(CORPUS / 2, CORPUS))) {
            Conversion.run("half.json", new ByteArrayInputStream(json.writeValueAsBytes(half)), Formats.named("json").orElseThrow(),
                    UNHURRIED, joined, Formats.named("nt").orElseThrow(), WriteOptions.DEFAULT, f -> { });
        }
        // Read back as N-Triples only: SharedOrganisationsRoundTripTest reads joined files as Turtle too.
        ByteArrayOutputStream back = new ByteArrayOutputStream();
        Conversion.run("joined.nt", new ByteArrayInputStream(joined.toByteArray()), Formats.named("nt").orElseThrow(),
                UNHURRIED, back, Formats.named("json").orElseThrow(), WriteOptions.DEFAULT, f -> { });
        assertSameListings(listings(json.readTree(back.toByteArray())), all);
    }

    @ParameterizedTest(name = "{0} ({1} headings)")
    @MethodSource("formats")
    @DisplayName("a bare array of listings comes back a bare array")
    void bareArray(String name, Lang lang) throws IOException {
        List<ObjectNode> original = corpus(50);
        JsonNode back = roundTrip(JsonMapper.builder().build().writeValueAsBytes(original), Formats.named(name).orElseThrow(), lang);
        assertThat(back.isArray()).isTrue();
        assertSameListings(listings(back), original);
    }

    @ParameterizedTest(name = "{0} ({1} headings)")
    @MethodSource("formats")
    @DisplayName("fields after the listings, and a dataset with no listings, come back; only the type mark and the context are filled in")
    void datasetShapes(String name, Lang lang) throws IOException {
        Format via = Formats.named(name).orElseThrow();
        ObjectNode fields = ListingCorpus.datasetFields();
        fields.remove("type");
        fields.remove("@context");
        JsonNode license = fields.remove("license");
        JsonNode generated = fields.remove("generated");
        ObjectNode after = fields.deepCopy();
        after.putArray("listings").addAll(corpus(3));
        after.set("license", license);
        after.set("generated", generated);
        JsonNode back = roundTrip(JsonMapper.builder().build().writeValueAsBytes(after), via, lang);
        ObjectNode expected = (ObjectNode) ownFields(after);
        if (!name.equals("json")) {
            expected.put("type", "Dataset");
        }
        if (!name.equals("json") && !name.equals("ndjson")) {
            expected.put("@context", "https://w3id.org/opdl/context/0.2.jsonld");
        }
        expected = (ObjectNode) Canonical.of(expected, FieldTree.dataset().root());
        assertThat(ownFields(back)).isEqualTo(expected);
        assertSameListings(listings(back), corpus(3));

        ObjectNode empty = ListingCorpus.datasetFields();
        empty.putArray("listings");
        JsonNode none = roundTrip(JsonMapper.builder().build().writeValueAsBytes(empty), via, lang);
        assertThat(none).isEqualTo(empty);
    }

    private static JsonNode ownFields(JsonNode dataset) {
        ObjectNode fields = (ObjectNode) dataset.deepCopy();
        fields.remove("listings");
        return Canonical.of(fields, FieldTree.dataset().root());
    }

    private static List<JsonNode> listings(JsonNode document) {
        List<JsonNode> out = new ArrayList<>();
        (document.isArray() ? document : document.get("listings")).forEach(out::add);
        return out;
    }

    /** Every listing given back exactly, in the order it was given. */
    static void assertSameListings(List<JsonNode> back, List<ObjectNode> original) {
        assertThat(back).hasSize(original.size());
        assertThat(back.stream().map(l -> l.get("id").stringValue()).toList()).as("listings in their order")
                .containsExactlyElementsOf(original.stream().map(l -> l.get("id").stringValue()).toList());
        for (int i = 0; i < original.size(); i++) {
            assertThat(Canonical.of(back.get(i), FieldTree.listing().root())).as("listing %s", original.get(i).get("id"))
                    .isEqualTo(Canonical.of(original.get(i), FieldTree.listing().root()));
        }
    }

    static JsonNode roundTrip(byte[] json, Format via, Lang lang) throws IOException {
        Format jsonFormat = Formats.named("json").orElseThrow();
        ByteArrayOutputStream middle = new ByteArrayOutputStream();
        Conversion.run("corpus.json", new ByteArrayInputStream(json), jsonFormat, UNHURRIED, middle, via,
                new WriteOptions(lang, false), f -> { });
        ByteArrayOutputStream back = new ByteArrayOutputStream();
        Conversion.run("corpus." + via.name(), new ByteArrayInputStream(middle.toByteArray()), via, UNHURRIED,
                back, jsonFormat, WriteOptions.DEFAULT, f -> { });
        return JsonMapper.builder().build().readTree(back.toByteArray());
    }

    /**
     * Sorts the items of arrays whose order means nothing, so that they compare as sets, and the
     * keys of every object, so that a language map whose languages come back in another order
     * still sorts the same among its siblings.
     */
    static final class Canonical {
        static JsonNode of(JsonNode node, org.opdl.model.field.Field shape) {
            if (!node.isObject()) {
                return node;
            }
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            new java.util.TreeSet<>(node.propertyNames()).forEach(key -> {
                var f = shape == null ? null : shape.child(key).orElse(null);
                JsonNode v = node.get(key);
                if (f != null && f.repeat() && v.isArray()) {
                    List<JsonNode> items = new ArrayList<>();
                    v.forEach(item -> items.add(of(item, f)));
                    if (!f.ordered()) {
                        items.sort(Comparator.comparing(JsonNode::toString));
                    }
                    out.putArray(key).addAll(items);
                } else {
                    out.set(key, of(v, f));
                }
            });
            return out;
        }
    }
}
