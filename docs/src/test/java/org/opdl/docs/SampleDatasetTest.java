package org.opdl.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opdl.model.finding.Severity;
import org.opdl.model.stage.Crosswalk;
import org.opdl.schema.format.Limits;
import org.opdl.validator.ValidationOptions;
import org.opdl.validator.ValidationRun;
import org.opdl.validator.Validator;
import org.opdl.validator.report.Report;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public sample dataset in {@code docs/data/}: every committed format is what the procedure
 * makes from the hand-written source ({@code -Dopdl.regenerate=true} rewrites them), and the dataset
 * validates with no error.
 */
@DisplayName("The public sample dataset")
class SampleDatasetTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The programs of the domain research's section 3. */
    private static final int PROGRAMS = 44;

    @TestFactory
    @DisplayName("each committed format is what the procedure makes from the source (-Dopdl.regenerate=true rewrites it)")
    Stream<DynamicTest> outputs() {
        return SampleDataset.EXTENSIONS.stream().map(ext -> DynamicTest.dynamicTest(ext, () -> {
            Path file = SampleDataset.output(ext);
            byte[] made = SampleDataset.as(ext);
            if (Boolean.getBoolean("opdl.regenerate")) {
                Files.write(file, made);
            }
            assertThat(file).as("%s is missing; run the test with -Dopdl.regenerate=true", file).exists();
            if (ext.equals("xlsx")) {
                // A workbook is a zip with dates inside: compare what it holds, read back as JSON.
                assertThat(JSON.readTree(SampleDataset.convert(Files.readAllBytes(file), "xlsx", "json")))
                        .as("%s read back", file).isEqualTo(JSON.readTree(SampleDataset.convert(made, "xlsx", "json")));
            } else if (ext.equals("nt")) {
                // N-Triples labels blank nodes afresh in every output: compare the graphs.
                assertThat(graph(Files.readAllBytes(file)).isIsomorphicWith(graph(made)))
                        .as("%s differs from its source; run the test with -Dopdl.regenerate=true", file).isTrue();
            } else {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8))
                        .as("%s differs from its source; run the test with -Dopdl.regenerate=true", file)
                        .isEqualTo(new String(made, StandardCharsets.UTF_8));
            }
        }));
    }

    @Test
    @DisplayName("holds every program of the research once, with its source")
    void everyProgramOnce() throws IOException {
        List<JsonNode> listings = listings();
        Set<String> ids = new HashSet<>();
        for (JsonNode l : listings) {
            assertThat(ids.add(l.get("id").asString())).as("id %s once", l.get("id")).isTrue();
            assertThat(l.get("source").asString()).startsWith("http");
        }
        assertThat(listings).hasSize(PROGRAMS);
    }

    @Test
    @DisplayName("validates with no error")
    void validates() throws IOException {
        Validator validator = Validator.standard(ValidationOptions.defaults(LocalDate.of(2026, 12, 5)));
        Report report;
        try (ValidationRun run = validator.start()) {
            run.file("programs-0.2.json", SampleDataset.format("json").reader(Limits.DEFAULT),
                    new ByteArrayInputStream(Files.readAllBytes(SampleDataset.output("json"))));
            report = run.finish();
        }
        assertThat(report.listings()).isEqualTo(PROGRAMS);
        assertThat(report.count(Severity.ERROR)).as("errors").isZero();
    }

    @Test
    @DisplayName("declares the stages its providers' own wording names, as the crosswalk reads it")
    void declaredStagesAreWorded() throws IOException {
        Crosswalk crosswalk = Crosswalk.standard();
        List<String> differ = new ArrayList<>();
        for (JsonNode l : listings()) {
            JsonNode wording = l.path("stageWording");
            if (wording.isMissingNode() || !l.has("careerStages")) {
                continue;
            }
            Set<String> worded = new TreeSet<>();
            wording.properties().forEach(e -> worded.addAll(crosswalk.map(e.getValue().asString()).stages()));
            Set<String> declared = new TreeSet<>();
            l.get("careerStages").forEach(s -> declared.add(s.asString()));
            if (!worded.equals(declared)) {
                differ.add(l.get("id").asString() + " declares " + declared + ", its wording names " + worded);
            }
        }
        assertThat(differ).isEmpty();
    }

    private static Graph graph(byte[] ntriples) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(ntriples)).lang(Lang.NTRIPLES).parse(g);
        return g;
    }

    private static List<JsonNode> listings() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        JSON.readTree(Files.readAllBytes(SampleDataset.output("json"))).get("listings").forEach(out::add);
        return out;
    }
}
