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
import org.opdl.schema.shape.DatasetFields;
import org.opdl.model.field.FieldTree;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

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
        JsonNode csvDocument = document(csv, "csv");
        JsonNode jsonDocument = document(json, "json");
        assertThat(csvDocument.isObject()).as("a dataset's twin is a dataset").isEqualTo(jsonDocument.isObject());
        if (jsonDocument.isObject()) {
            assertThat(ownFields(csvDocument)).isEqualTo(DatasetFields.completed(ownFields(jsonDocument)));
        }
        List<JsonNode> fromCsv = listings(csvDocument);
        List<JsonNode> original = listings(jsonDocument);
        assertThat(fromCsv).hasSameSizeAs(original);
        for (int i = 0; i < original.size(); i++) {
            assertThat(RoundTripTest.Canonical.of(fromCsv.get(i), FieldTree.listing().root()))
                    .isEqualTo(RoundTripTest.Canonical.of(original.get(i), FieldTree.listing().root()));
        }
    }

    /** The file converted to JSON: a dataset object, or an array of listings. */
    static JsonNode document(Path file, String format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(file)) {
            Conversion.run(file.toString(), in, Formats.named(format).orElseThrow(), Limits.DEFAULT, out,
                    Formats.named("json").orElseThrow(), WriteOptions.DEFAULT, f -> { });
        }
        return JsonMapper.builder().build().readTree(out.toByteArray());
    }

    static List<JsonNode> listings(JsonNode document) {
        List<JsonNode> list = new ArrayList<>();
        (document.isArray() ? document : document.get("listings")).forEach(list::add);
        return list;
    }

    static ObjectNode ownFields(JsonNode dataset) {
        ObjectNode fields = (ObjectNode) dataset.deepCopy();
        fields.remove("listings");
        return fields;
    }
}
