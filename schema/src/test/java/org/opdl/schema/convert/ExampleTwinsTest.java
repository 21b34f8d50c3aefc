package org.opdl.schema.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.WriteOptions;
import org.opdl.schema.shape.Shape;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("Each CSV twin in docs/examples converts back to its JSON original")
class ExampleTwinsTest {

    static Stream<Path> twins() throws Exception {
        Path root = Path.of(System.getProperty("opdl.root"), "docs", "examples");
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> out = files.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
            assertThat(out).hasSizeGreaterThan(20);
            return out.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("twins")
    void convertsBack(Path csv) throws Exception {
        Path json = csv.resolveSibling(csv.getFileName().toString().replace(".csv", ".json"));
        assertThat(json).exists();
        List<JsonNode> fromCsv = listings(csv, "csv");
        List<JsonNode> original = listings(json, "json");
        assertThat(fromCsv).hasSameSizeAs(original);
        for (int i = 0; i < original.size(); i++) {
            assertThat(RoundTripTest.Canonical.of(fromCsv.get(i), Shape.standard().listing()))
                    .isEqualTo(RoundTripTest.Canonical.of(original.get(i), Shape.standard().listing()));
        }
    }

    static List<JsonNode> listings(Path file, String format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(file)) {
            Conversion.run(file.toString(), in, Formats.named(format).orElseThrow(), Limits.DEFAULT, out,
                    Formats.named("ndjson").orElseThrow(), WriteOptions.DEFAULT, f -> { });
        }
        List<JsonNode> list = new ArrayList<>();
        for (String line : out.toString(java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                list.add(JsonMapper.builder().build().readTree(line));
            }
        }
        return list;
    }
}
