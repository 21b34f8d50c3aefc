package org.opdl.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opdl.cli.input.Input;
import org.opdl.schema.format.Limits;

/** The heads of the files opdl merge reads first, so that no listing waits for dataset fields (K24). */
@DisplayName("K24: the dataset fields a merge finds at the heads of its files")
class FieldsAheadTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("opdl.root"), "docs/examples");

    @TempDir
    Path dir;

    private final ParkedReads parked = new ParkedReads();

    @AfterEach
    void stopTheReads() {
        parked.close();
    }

    /** A provider's example listing on one NDJSON line, as an export of one listing a line writes it. */
    private static String line(String example) throws IOException {
        return Files.readString(EXAMPLES.resolve(example), StandardCharsets.UTF_8).replaceAll("\\s*\\n\\s*", " ");
    }

    private Input file(String name, String text) throws IOException {
        Path p = Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        return new Input(name, p, Files.size(p));
    }

    @Test
    @DisplayName("files without dataset fields settle that the dataset has none")
    void noneInAnyFile() throws IOException {
        Input hotDocs = file("hot-docs.ndjson", line("hot-docs-forum.json") + "\n" + line("doc-business-leap.json") + "\n");
        Input cfc = file("cfc.ndjson", line("cfc-producers-lab.json") + "\n");
        FieldsAhead ahead = FieldsAhead.read(List.of(hotDocs, cfc), Limits.DEFAULT, parked);
        assertThat(ahead.settled()).isTrue();
        assertThat(ahead.fields()).isNull();
    }

    @Test
    @DisplayName("the fields of a later file are found before the earlier file's listings are merged")
    void fieldsOfALaterFile() throws IOException {
        Input hotDocs = file("hot-docs.ndjson", line("hot-docs-forum.json") + "\n");
        Input cmpa = new Input("dataset.json", EXAMPLES.resolve("dataset.json"), Files.size(EXAMPLES.resolve("dataset.json")));
        FieldsAhead ahead = FieldsAhead.read(List.of(hotDocs, cmpa), Limits.DEFAULT, parked);
        assertThat(ahead.settled()).isTrue();
        assertThat(ahead.fields().at("/publisher/id").asString()).isEqualTo("provider:cmpa");
        assertThat(ahead.fields().has("listings")).as("the head only").isFalse();
    }

    @Test
    @DisplayName("a file is read only up to its first listing: a line broken further down is the merge's to tell")
    void onlyTheHead() throws IOException {
        Input first = file("hot-docs.ndjson", line("hot-docs-forum.json") + "\n");
        Input broken = file("cfc.ndjson", line("cfc-producers-lab.json") + "\n{\"id\": \"listing:cfc/writers-lab\", \n");
        assertThat(FieldsAhead.read(List.of(first, broken), Limits.DEFAULT, parked).settled()).isTrue();
    }

    @Test
    @DisplayName("standard input, or a file broken before its first listing, leaves the fields unknown, as before")
    void unknown() throws IOException {
        Input first = file("hot-docs.ndjson", line("hot-docs-forum.json") + "\n");
        Input stdin = new Input(Input.STDIN, null, -1);
        assertThat(FieldsAhead.read(List.of(first, stdin), Limits.DEFAULT, parked)).isEqualTo(new FieldsAhead(null, false));
        Input broken = file("cfc.ndjson", "{\"id\": \"listing:cfc/producers-lab\", \n");
        assertThat(FieldsAhead.read(List.of(first, broken), Limits.DEFAULT, parked)).isEqualTo(new FieldsAhead(null, false));
    }
}
