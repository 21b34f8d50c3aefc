package org.opdl.schema.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opdl.model.text.Lang;
import org.opdl.schema.format.Format;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.WriteOptions;
import org.opdl.model.field.FieldTree;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

@DisplayName("Listings that share organisations come back exactly, in order, from every format")
class SharedOrganisationsRoundTripTest {

    static final int COUNT = 1_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static List<ObjectNode> listings(int count, long seed) {
        SharedOrganisations generator = new SharedOrganisations(seed);
        List<ObjectNode> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(generator.next(i));
        }
        return out;
    }

    static Stream<String> formats() {
        return Formats.all().stream().map(Format::name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    @DisplayName("1,000 listings of Canadian programs, with streams and components, sharing CMPA, Telefilm, the Bell Fund, the NFB and provincial agencies that the dataset lists once")
    void everyFormat(String name) throws IOException {
        List<ObjectNode> original = listings(COUNT, 20251205L);
        ObjectNode dataset = ListingCorpus.datasetFields();
        dataset.set("organizations", SharedOrganisations.organizations());
        dataset.putArray("listings").addAll(original);
        JsonNode back = RoundTripTest.roundTrip(JSON.writeValueAsBytes(dataset), Formats.named(name).orElseThrow(), Lang.EN);
        assertThat(organizations(back)).isEqualTo(organizations(dataset));
        assertExactlyInOrder(back.get("listings"), original);
    }

    @Test
    @DisplayName("two N-Triples outputs joined into one file keep their blank nodes apart and every listing its own")
    void concatenatedNTriples() throws IOException {
        List<ObjectNode> first = listings(500, 1L);
        List<ObjectNode> second = listings(500, 2L);
        second.replaceAll(l -> {
            l.put("id", l.get("id").stringValue() + "-b");
            return l;
        });
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        joined.write(convert(JSON.writeValueAsBytes(first), "json", "nt"));
        joined.write(convert(JSON.writeValueAsBytes(second), "json", "nt"));
        List<ObjectNode> all = new ArrayList<>(first);
        all.addAll(second);
        for (String reader : List.of("nt", "ttl")) {
            JsonNode back = JSON.readTree(convert(joined.toByteArray(), reader, "json"));
            assertExactlyInOrder(back, all);
        }
    }

    @Test
    @DisplayName("two N-Triples outputs of the same listings share no blank node label")
    void blankLabelsDiffer() throws IOException {
        byte[] json = JSON.writeValueAsBytes(listings(3, 7L));
        String a = new String(convert(json, "json", "nt"), java.nio.charset.StandardCharsets.UTF_8);
        String b = new String(convert(json, "json", "nt"), java.nio.charset.StandardCharsets.UTF_8);
        List<String> labels = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("_:[A-Za-z0-9]+").matcher(a);
        while (m.find()) {
            labels.add(m.group());
        }
        assertThat(labels).isNotEmpty().noneMatch(b::contains);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rdfFormats")
    @DisplayName("an organisation described two ways is refused with both places, so no file is written that cannot be read back")
    void conflictRefused(String name) throws IOException {
        List<ObjectNode> two = listings(2, 3L);
        ObjectNode cmpa = JSON.createObjectNode();
        cmpa.put("id", "provider:cmpa");
        cmpa.putObject("name").put("en", "Canadian Media Producers Association");
        two.get(0).set("provider", cmpa.deepCopy());
        cmpa.putObject("name").put("en", "CMPA");
        two.get(1).set("provider", cmpa);
        byte[] json = JSON.writeValueAsBytes(two);
        assertThatThrownBy(() -> convert(json, "json", name)).isInstanceOfSatisfying(ReadException.class, e -> {
            assertThat(e.ruleId()).isEqualTo("opdl.convert.unmappable");
            assertThat(e.location().describe(Lang.EN)).contains("/provider").contains("listing 2");
            assertThat(e.text().en()).contains("provider:cmpa").contains("listing 1");
            assertThat(e.text().fr()).contains("provider:cmpa").contains("fiche 1");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rdfFormats")
    @DisplayName("a website and a French name given for an organisation in one listing only merge into its one node, and no value is lost")
    void descriptionThatOnlyLacksValuesMerges(String name) throws IOException {
        List<ObjectNode> two = listings(2, 4L);
        ObjectNode nfb = JSON.createObjectNode();
        nfb.put("id", "provider:nfb");
        nfb.putObject("name").put("en", "National Film Board of Canada");
        two.get(0).putArray("partners").add(nfb.deepCopy());
        ((ObjectNode) nfb.get("name")).put("fr", "Office national du film du Canada");
        nfb.put("website", "https://www.nfb.ca/");
        two.get(1).putArray("partners").add(nfb);
        JsonNode back = JSON.readTree(convert(convert(JSON.writeValueAsBytes(two), "json", name), name, "json"));
        JsonNode listings = back.has("listings") ? back.get("listings") : back;
        assertThat(listings).hasSize(2);
        assertThat(listings.get(1).at("/partners/0")).isEqualTo(nfb);
        assertThat(listings.get(0).at("/partners/0/name/en").stringValue()).isEqualTo("National Film Board of Canada");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rdfFormats")
    @DisplayName("two websites given for one organisation are refused at the second, naming the field and the first place")
    void twoWebsitesRefused(String name) throws IOException {
        List<ObjectNode> two = listings(2, 4L);
        ObjectNode nfb = JSON.createObjectNode();
        nfb.put("id", "provider:nfb");
        nfb.putObject("name").put("en", "National Film Board of Canada");
        nfb.put("website", "https://www.nfb.ca/");
        two.get(0).putArray("partners").add(nfb.deepCopy());
        nfb.put("website", "https://www.onf.ca/");
        two.get(1).putArray("partners").add(nfb);
        byte[] json = JSON.writeValueAsBytes(two);
        assertThatThrownBy(() -> convert(json, "json", name)).isInstanceOfSatisfying(ReadException.class, e -> {
            assertThat(e.location().describe(Lang.EN)).contains("/partners/0/website").contains("listing 2");
            assertThat(e.text().en()).contains("provider:nfb").contains("listing 1").contains("/website differs");
            assertThat(e.text().fr()).contains("provider:nfb").contains("fiche 1").contains("/website diffère");
        });
    }

    /** The dataset's own list of organizations, whose order means nothing. */
    private static JsonNode organizations(JsonNode dataset) {
        ObjectNode only = JSON.createObjectNode();
        only.set("organizations", dataset.get("organizations"));
        return RoundTripTest.Canonical.of(only, FieldTree.dataset().root());
    }

    static Stream<String> rdfFormats() {
        return Stream.of("ttl", "nt", "jsonld", "rdfxml");
    }

    private static byte[] convert(byte[] in, String from, String to) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Conversion.run("in." + from, new ByteArrayInputStream(in), Formats.named(from).orElseThrow(), Limits.DEFAULT, out,
                Formats.named(to).orElseThrow(), WriteOptions.DEFAULT, f -> { });
        return out.toByteArray();
    }

    private static void assertExactlyInOrder(JsonNode back, List<ObjectNode> original) {
        assertThat(back).hasSize(original.size());
        List<String> ids = new ArrayList<>();
        back.forEach(l -> ids.add(l.get("id").stringValue()));
        assertThat(ids).as("listings in their order").containsExactlyElementsOf(original.stream().map(l -> l.get("id").stringValue()).toList());
        ArrayNode expected = JSON.createArrayNode();
        original.forEach(l -> expected.add(RoundTripTest.Canonical.of(l, FieldTree.listing().root())));
        ArrayNode actual = JSON.createArrayNode();
        back.forEach(l -> actual.add(RoundTripTest.Canonical.of(l, FieldTree.listing().root())));
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i)).as("listing %s", expected.get(i).get("id")).isEqualTo(expected.get(i));
        }
    }
}
