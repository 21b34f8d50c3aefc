package org.opdl.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opdl.cli.Main;
import org.opdl.cli.input.Input;
import org.opdl.model.finding.Finding;
import org.opdl.schema.format.DatasetSink;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.SourceRecord;
import tools.jackson.databind.node.ObjectNode;

/** A workbook whose head a merge reads ahead waits there for the merge, so it is opened once (K34). */
@DisplayName("K34: a workbook after a first file without dataset fields is read once, its read waiting at its head for the merge")
class ParkedReadTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("opdl.root"), "docs/examples");

    @TempDir
    Path dir;

    private final ParkedReads parked = new ParkedReads();
    private Input bare;
    private Input workbook;

    @AfterEach
    void stopTheReads() {
        parked.close();
    }

    /** The CMPA's season (dataset.json, with its publisher) as the industry body's workbook; the Hot Docs Forum as a bare export. */
    @BeforeEach
    void files() throws IOException {
        Path xlsx = dir.resolve("cmpa-season.xlsx");
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "convert",
                EXAMPLES.resolve("dataset.json").toString(), "-o", xlsx.toString());
        assertThat(code).as(err.toString()).isZero();
        workbook = new Input("cmpa-season.xlsx", xlsx, Files.size(xlsx));
        String forum = Files.readString(EXAMPLES.resolve("hot-docs-forum.json"), StandardCharsets.UTF_8).replaceAll("\\s*\\n\\s*", " ");
        Path ndjson = Files.writeString(dir.resolve("hot-docs.ndjson"), forum + "\n", StandardCharsets.UTF_8);
        bare = new Input("hot-docs.ndjson", ndjson, Files.size(ndjson));
    }

    /** What a sink is given, in order: "dataset", each listing's id, and "note". */
    private static final class Given implements DatasetSink {
        final List<String> calls = new ArrayList<>();

        @Override
        public void dataset(ObjectNode fields) {
            calls.add("dataset " + fields.path("publisher").path("id").asString());
        }

        @Override
        public void record(SourceRecord record) {
            calls.add(record.listing().path("id").asString());
        }

        @Override
        public void note(Finding finding) {
            calls.add("note " + finding.ruleId());
        }
    }

    /** The calls of a workbook read the usual way, opened by the reader itself. */
    private List<String> readOnce(Input input) throws IOException {
        Given given = new Given();
        try (var in = new java.io.BufferedInputStream(Files.newInputStream(input.path()))) {
            InputFormats.of(null, input.name(), in).reader(Limits.DEFAULT).read(input.name(), in, given);
        }
        return given.calls;
    }

    @Nested
    @DisplayName("a bare export, then the industry body's workbook with its publisher")
    class FieldsInTheWorkbook {

        @Test
        @DisplayName("the workbook's head gives the dataset's fields, and its read waits there")
        void headReadAhead() {
            FieldsAhead ahead = FieldsAhead.read(List.of(workbook), Limits.DEFAULT, parked);
            assertThat(ahead.settled()).isTrue();
            assertThat(ahead.fields().at("/publisher/id").asString()).isEqualTo("provider:cmpa");
            assertThat(parked.holds(workbook)).isTrue();
        }

        @Test
        @DisplayName("the merge takes the rest of the read: the same calls, in the same order, as a read of the file")
        void sameCalls() throws IOException {
            List<String> usual = readOnce(workbook);
            FieldsAhead.read(List.of(workbook), Limits.DEFAULT, parked);
            Given given = new Given();
            parked.finish(workbook, given);
            assertThat(given.calls).isEqualTo(usual).startsWith("dataset provider:cmpa").contains("listing:cmpa/wide-lens");
            assertThat(parked.holds(workbook)).isFalse();
        }

        @Test
        @DisplayName("the workbook is opened once: removed once its head is read, all its listings still come")
        void openedOnce() throws IOException {
            List<String> usual = readOnce(workbook);
            FieldsAhead.read(List.of(workbook), Limits.DEFAULT, parked);
            Files.delete(workbook.path());
            Given given = new Given();
            parked.finish(workbook, given);
            assertThat(given.calls).isEqualTo(usual);
        }
    }

    @Test
    @DisplayName("a read the merge never comes to, as when it stops at an earlier file, is stopped and leaves no thread")
    void dropped() {
        FieldsAhead.read(List.of(workbook), Limits.DEFAULT, parked);
        parked.close();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("opdl-head"));
        assertThat(parked.holds(workbook)).isFalse();
    }

    @Test
    @DisplayName("a broken workbook leaves the fields unknown, and its error is told when the merge comes to it, as before")
    void broken() throws IOException {
        Path junk = Files.writeString(dir.resolve("broken.xlsx"), "not a workbook", StandardCharsets.UTF_8);
        Input broken = new Input("broken.xlsx", junk, Files.size(junk));
        assertThat(FieldsAhead.read(List.of(broken), Limits.DEFAULT, parked)).isEqualTo(new FieldsAhead(null, false));
        assertThatThrownBy(() -> parked.finish(broken, new Given())).isInstanceOf(ReadException.class);
    }

    @Test
    @DisplayName("past four workbooks, the heads of the others are read as those of other files, and nothing waits for them")
    void atMostFour() throws IOException {
        List<Input> inputs = new ArrayList<>();
        for (int i = 0; i < ParkedReads.MOST + 1; i++) {
            Path bareWorkbook = dir.resolve("provider-" + i + ".xlsx");
            StringWriter err = new StringWriter();
            assertThat(Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "convert", bare.path().toString(), "-o",
                    bareWorkbook.toString())).as(err.toString()).isZero();
            inputs.add(new Input(bareWorkbook.getFileName().toString(), bareWorkbook, Files.size(bareWorkbook)));
        }
        inputs.add(workbook);
        FieldsAhead ahead = FieldsAhead.read(inputs, Limits.DEFAULT, parked);
        assertThat(ahead.fields().at("/publisher/id").asString()).isEqualTo("provider:cmpa");
        assertThat(inputs).filteredOn(parked::holds).hasSize(ParkedReads.MOST);
        assertThat(parked.holds(workbook)).isFalse();
    }
}
