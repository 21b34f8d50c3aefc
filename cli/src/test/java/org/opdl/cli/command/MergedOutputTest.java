package org.opdl.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opdl.model.text.Lang;
import org.opdl.schema.convert.Formats;
import org.opdl.schema.format.SourceRecord;
import org.opdl.schema.format.WriteOptions;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The dataset {@code opdl merge} writes: listings wait in a temporary file only while the dataset's own
 * fields may still come, which they cannot once the last file's first listing is read (K18).
 */
@DisplayName("The merged dataset as it is written")
class MergedOutputTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private MergedOutput open(Path target) throws IOException {
        return MergedOutput.open(target, Formats.named("ndjson").orElseThrow(), new WriteOptions(Lang.EN, true), List.of(), false,
                new PrintWriter(new StringWriter()));
    }

    private static SourceRecord lab(int index, String id) {
        ObjectNode listing = (ObjectNode) JSON.readTree("""
                {"id": "%s", "type": "Listing", "title": {"en": "Producers Lab"}, "provider": {"id": "provider:cfc"}}
                """.formatted(id));
        return new SourceRecord(index, listing, p -> null, List.of());
    }

    /** The temporary files beside the output: the output's own, and the spool when listings wait. */
    private long temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(".opdl-")).count();
        }
    }

    @Nested
    @DisplayName("a merge of files without dataset fields")
    class Bare {

        @Test
        @DisplayName("K18: the last file's listings are written at once, with no temporary file beside the output's own")
        void lastFileWritesAtOnce() throws IOException {
            Path target = dir.resolve("season.ndjson");
            try (MergedOutput out = open(target)) {
                out.lastInput();
                out.write("cfc.ndjson", lab(0, "listing:cfc/producers-lab"));
                out.write("cfc.ndjson", lab(1, "listing:cfc/producers-lab-2"));
                assertThat(temporaryFiles()).isEqualTo(1);
                out.commit();
            }
            assertThat(Files.readAllLines(target, StandardCharsets.UTF_8)).hasSize(2).first().asString()
                    .contains("listing:cfc/producers-lab");
            assertThat(temporaryFiles()).isZero();
        }

        @Test
        @DisplayName("K24: settled by the heads of the files, the first file's listings are written at once, none waiting")
        void settledWritesAtOnce() throws IOException {
            Path target = dir.resolve("season.ndjson");
            try (MergedOutput out = open(target)) {
                out.settle(null);
                out.write("hot-docs.ndjson", lab(0, "listing:hot-docs/doc-incubator"));
                assertThat(temporaryFiles()).as("the output's own, and no spool").isEqualTo(1);
                out.lastInput();
                out.write("cfc.ndjson", lab(0, "listing:cfc/producers-lab"));
                out.commit();
            }
            List<String> lines = Files.readAllLines(target, StandardCharsets.UTF_8);
            assertThat(lines).hasSize(2);
            assertThat(lines.get(0)).contains("listing:hot-docs/doc-incubator");
        }

        @Test
        @DisplayName("the listings of an earlier file wait, since a later file may bring the fields, and come first once the last file is read")
        void earlierFileWaits() throws IOException {
            Path target = dir.resolve("season.ndjson");
            try (MergedOutput out = open(target)) {
                out.write("hot-docs.ndjson", lab(0, "listing:hot-docs/doc-incubator"));
                assertThat(temporaryFiles()).as("the output's own and the spool").isEqualTo(2);
                out.lastInput();
                out.write("cfc.ndjson", lab(0, "listing:cfc/producers-lab"));
                assertThat(temporaryFiles()).as("the spool written out and removed").isEqualTo(1);
                out.commit();
            }
            List<String> lines = Files.readAllLines(target, StandardCharsets.UTF_8);
            assertThat(lines).hasSize(2);
            assertThat(lines.get(0)).contains("listing:hot-docs/doc-incubator");
            assertThat(lines.get(1)).contains("listing:cfc/producers-lab");
        }
    }

    @Test
    @DisplayName("K24: the fields of a later file, settled by the heads, head the dataset, and the earlier listings wait for nothing")
    void settledFieldsOfALaterFile() throws IOException {
        Path target = dir.resolve("season.ndjson");
        ObjectNode fields = (ObjectNode) JSON.readTree("{\"standardVersion\": \"0.2\", \"publisher\": {\"id\": \"provider:cfc\"}}");
        try (MergedOutput out = open(target)) {
            out.settle(fields);
            out.write("hot-docs.ndjson", lab(0, "listing:hot-docs/doc-incubator"));
            assertThat(temporaryFiles()).isEqualTo(1);
            out.lastInput();
            out.dataset(fields);
            out.write("cfc.json", lab(0, "listing:cfc/producers-lab"));
            out.commit();
        }
        List<String> lines = Files.readAllLines(target, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).contains("\"Dataset\"").contains("provider:cfc");
        assertThat(lines.get(1)).contains("listing:hot-docs/doc-incubator");
    }

    @Test
    @DisplayName("the last file's own dataset fields, given before its first listing, still head the dataset")
    void lastFileWithFields() throws IOException {
        Path target = dir.resolve("season.ndjson");
        try (MergedOutput out = open(target)) {
            out.write("hot-docs.ndjson", lab(0, "listing:hot-docs/doc-incubator"));
            out.lastInput();
            out.dataset((ObjectNode) JSON.readTree("{\"standardVersion\": \"0.2\", \"publisher\": {\"id\": \"provider:cfc\"}}"));
            out.write("cfc.json", lab(0, "listing:cfc/producers-lab"));
            out.commit();
        }
        List<String> lines = Files.readAllLines(target, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).contains("\"Dataset\"").contains("provider:cfc");
        assertThat(lines.get(1)).contains("listing:hot-docs/doc-incubator");
    }
}
