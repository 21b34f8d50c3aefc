package org.opdl.schema.convert;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opdl.model.field.FieldTree;
import org.opdl.schema.migrate.Migration;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.WriteOptions;
import org.opdl.schema.json.ListingSchemas;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@DisplayName("Every 0.1 example migrates to a valid 0.2 file that keeps all its facts and round-trips")
class MigrationRoundTripTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path DIR = Path.of(System.getProperty("opdl.root"), "schema/src/test/resources/org/opdl/schema/migrate/v0.1");

    static Stream<Path> examples() throws Exception {
        try (Stream<Path> s = Files.list(DIR)) {
            List<Path> all = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            assertThat(all).hasSizeGreaterThanOrEqualTo(19);
            return all.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    @DisplayName("is declared 0.1, becomes valid 0.2, loses nothing and gains only the context, version and stated none")
    void migrates(Path file) throws Exception {
        JsonNode old = JSON.readTree(Files.readString(file));
        assertThat(Migration.declaredVersion(old)).contains("0.1");
        Migration.Result r = Migration.from01(old);
        JsonNode now = r.document();
        assertThat(Migration.declaredVersion(now)).contains("0.2");
        boolean dataset = now.has("listings");
        assertThat((dataset ? ListingSchemas.dataset() : ListingSchemas.listing()).validate(now.toString(), InputFormat.JSON))
                .isEmpty();
        for (JsonNode listing : dataset ? now.get("listings") : List.of(now)) {
            assertThat(listing.has("fees") || listing.path("statedNone").toString().contains("no-fees")).isTrue();
        }
        assertThat(strip(now)).isEqualTo(strip(old));
        assertThat(r.changes()).isNotEmpty();
        assertThat(Migration.from01(now).changes()).as("migrating twice changes nothing more").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    @DisplayName("the migrated file goes through CSV and Turtle and comes back the same")
    void roundTrips(Path file) throws Exception {
        JsonNode now = Migration.from01(JSON.readTree(Files.readString(file))).document();
        for (String format : new String[] {"csv", "ttl"}) {
            JsonNode back = JSON.readTree(convert(convert(now.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), "json", format), format, "json"));
            JsonNode expected = now;
            List<JsonNode> a = listings(back);
            List<JsonNode> b = listings(expected);
            assertThat(a).as(format).hasSameSizeAs(b);
            for (int i = 0; i < b.size(); i++) {
                assertThat(canonical(a.get(i))).as(format + " listing " + i).isEqualTo(canonical(b.get(i)));
            }
        }
    }

    @Test
    @DisplayName("a 0.1 spreadsheet read and migrated equals its migrated JSON twin")
    void csvTwin() throws Exception {
        JsonNode fromCsv = JSON.readTree(convert(Files.readAllBytes(DIR.resolve("cfc-producers-lab.csv")), "csv", "json"));
        JsonNode migrated = Migration.from01(fromCsv).document();
        JsonNode twin = Migration.from01(JSON.readTree(Files.readString(DIR.resolve("cfc-producers-lab.json")))).document();
        assertThat(canonical(listings(migrated).get(0))).isEqualTo(canonical(twin));
    }

    private static JsonNode canonical(JsonNode listing) {
        ObjectNode copy = (ObjectNode) listing.deepCopy();
        copy.remove("@context");
        copy.remove("type");
        return RoundTripTest.Canonical.of(copy, FieldTree.listing().root());
    }

    private static List<JsonNode> listings(JsonNode doc) {
        JsonNode arr = doc.isArray() ? doc : doc.has("listings") ? doc.get("listings") : JSON.createArrayNode().add(doc);
        List<JsonNode> out = new java.util.ArrayList<>();
        arr.forEach(out::add);
        return out;
    }

    /** The document without what migration may change. */
    private static JsonNode strip(JsonNode doc) {
        JsonNode copy = doc.deepCopy();
        if (copy.isObject()) {
            ObjectNode o = (ObjectNode) copy;
            for (String k : List.of("@context", "standardVersion", "statedNone")) {
                o.remove(k);
            }
            if (o.path("listings").isArray()) {
                o.get("listings").forEach(l -> {
                    ((ObjectNode) l).remove("@context");
                    ((ObjectNode) l).remove("statedNone");
                });
            }
        }
        return copy;
    }

    private static byte[] convert(byte[] in, String from, String to) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Conversion.run("migrated." + from, new ByteArrayInputStream(in), Formats.named(from).orElseThrow(), Limits.DEFAULT, out,
                Formats.named(to).orElseThrow(), WriteOptions.DEFAULT, f -> { });
        return out.toByteArray();
    }
}
