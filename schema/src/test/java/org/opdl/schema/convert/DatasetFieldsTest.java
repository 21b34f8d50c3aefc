package org.opdl.schema.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Severity;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.WriteOptions;

@DisplayName("A dataset's own fields are never dropped silently")
class DatasetFieldsTest {

    private static final Path DATASET = Path.of(System.getProperty("opdl.root", "..")).resolve("docs/examples/dataset.json");

    private static List<Finding> convert(String to) throws IOException {
        List<Finding> notes = new ArrayList<>();
        try (InputStream in = Files.newInputStream(DATASET)) {
            Conversion.run(DATASET.toString(), in, Formats.named("json").orElseThrow(), Limits.DEFAULT,
                    new ByteArrayOutputStream(), Formats.named(to).orElseThrow(), WriteOptions.DEFAULT, notes::add);
        }
        return notes;
    }

    @ParameterizedTest(name = "json to {0}")
    @ValueSource(strings = {"ndjson", "csv", "ttl", "nt", "jsonld", "rdfxml"})
    @DisplayName("a format that carries listings only gets a warning naming the dataset fields it leaves out")
    void warnsWhenTheTargetCannotCarryThem(String to) throws IOException {
        assertThat(convert(to))
                .filteredOn(f -> f.ruleId().equals("opdl.convert.dataset-fields-dropped"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.message().en()).contains("publisher", "license");
                    assertThat(f.message().fr()).contains("publisher");
                });
    }

    @ParameterizedTest(name = "json to {0}")
    @ValueSource(strings = {"json"})
    @DisplayName("JSON keeps the dataset fields, so it gets no warning")
    void silentWhenKept(String to) throws IOException {
        assertThat(convert(to)).noneMatch(f -> f.ruleId().equals("opdl.convert.dataset-fields-dropped"));
    }
}
