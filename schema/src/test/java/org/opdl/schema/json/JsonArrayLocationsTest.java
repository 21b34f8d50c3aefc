package org.opdl.schema.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opdl.model.finding.Location;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.SourceRecord;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("The listings of a JSON array, read again only when a finding asks, are placed as in the file")
class JsonArrayLocationsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String LISTING = """
            {"id": "listing:nsi/producers-lab-%d", "type": "Listing",
             "provider": {"id": "provider:nsi", "name": {"en": "National Screen Institute", "fr": "Institut national des arts de l'écran"}},
             "title": {"en": "Producers Lab", "fr": "Laboratoire des producteurs"},
             "programTypes": ["lab", "mentorship"], "intakes": [{"startDate": "2025-04-07", "endDate": "2025-06-27"}],
             "contact": {"email": "labs@nsi-canada.ca"}}""";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"compact array", "indented dataset", "tabs and CRLF", "byte-order mark"})
    void sameAsReadingWithPositions(String layout) throws IOException {
        List<JsonNode> listings = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            listings.add(JSON.readTree(LISTING.formatted(i)));
        }
        String text = switch (layout) {
            case "compact array" -> JSON.writeValueAsString(listings);
            case "indented dataset" -> JSON.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(Map.of("standardVersion", "0.2", "listings", listings));
            case "tabs and CRLF" -> "[\t" + String.join(",\r\n\t ", listings.stream()
                    .map(n -> JSON.writerWithDefaultPrettyPrinter().writeValueAsString(n).replace("\n", "\r\n\t")).toList()) + "]";
            default -> "\uFEFF" + JSON.writerWithDefaultPrettyPrinter().writeValueAsString(listings);
        };
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        List<SourceRecord> read = new ArrayList<>();
        new JsonListingReader(Limits.DEFAULT).read("listings.json", new ByteArrayInputStream(bytes), read::add, f -> { });
        assertThat(read).hasSize(6);

        // The reference: the whole file read once, keeping the position of every value (Jackson
        // counts a byte-order mark in the columns of the first line, in both readings).
        LocatedTree whole = new LocatedTree(0);
        JsonNode root;
        try (JsonParser p = Parsers.factory(Limits.DEFAULT, Long.MAX_VALUE)
                .createParser(ObjectReadContext.empty(), bytes)) {
            p.nextToken();
            root = whole.read(p);
        }
        String prefix = root.isArray() ? "" : "/listings";
        int compared = 0;
        for (SourceRecord r : read) {
            for (String pointer : pointers(r.listing(), "")) {
                Location.Json expected = (Location.Json) whole.map("listings.json", r.index(), root)
                        .locate(prefix + "/" + r.index() + pointer);
                Location.Json actual = (Location.Json) r.sourceMap().locate(pointer);
                assertThat(List.of(actual.line(), actual.column())).as("%s %d %s", layout, r.index(), pointer)
                        .isEqualTo(List.of(expected.line(), expected.column()));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(100);
    }

    private static List<String> pointers(JsonNode n, String at) {
        List<String> out = new ArrayList<>(List.of(at));
        if (n.isObject()) {
            n.properties().forEach(e -> out.addAll(pointers(e.getValue(), at + "/" + e.getKey())));
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                out.addAll(pointers(n.get(i), at + "/" + i));
            }
        }
        return out;
    }
}
