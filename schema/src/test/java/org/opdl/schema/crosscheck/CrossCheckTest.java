package org.opdl.schema.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opdl.schema.artifact.Artifact;
import org.opdl.schema.rdf.JsonLdReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("Tools no one here wrote agree with the artifacts (ajv strict mode, jsonld.js)")
class CrossCheckTest {

    private static final Path ROOT = Path.of(System.getProperty("opdl.root"));
    private static final Path ARTIFACTS = ROOT.resolve("schema/src/main/resources").resolve(Artifact.FOLDER);
    private static final Path EXAMPLES = ROOT.resolve("docs/examples");

    @BeforeEach
    void needsNode() {
        Node.assumeAvailable();
    }

    static Stream<Path> valid() throws IOException {
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @Test
    @DisplayName("ajv compiles both schemas in strict mode, passes every valid example and fails every invalid one")
    void ajv() throws IOException {
        List<Path> invalid;
        try (Stream<Path> s = Files.list(EXAMPLES.resolve("invalid"))) {
            invalid = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        List<String> args = new ArrayList<>(List.of(ARTIFACTS.toString()));
        valid().forEach(p -> args.add(p.toString()));
        invalid.forEach(p -> args.add(p.toString()));
        Node.Result r = Node.script("ajv-check.js", args);
        assertThat(r.exit()).as(r.err()).isZero();
        JsonMapper mapper = JsonMapper.builder().build();
        Map<String, Boolean> verdicts = new HashMap<>();
        for (String line : r.out().strip().split("\n")) {
            JsonNode n = mapper.readTree(line);
            if (n.has("file")) {
                verdicts.put(n.get("file").asString(), n.get("valid").asBoolean());
            }
        }
        valid().forEach(p -> assertThat(verdicts.get(p.toString())).as("ajv on %s", p.getFileName()).isTrue());
        invalid.forEach(p -> assertThat(verdicts.get(p.toString())).as("ajv on invalid/%s", p.getFileName()).isFalse());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    @DisplayName("jsonld.js and Jena make isomorphic graphs from the example")
    void sameGraph(Path example) throws IOException {
        Node.Result r = Node.script("jsonld-nquads.js",
                List.of(ARTIFACTS.resolve(Artifact.CONTEXT.fileName()).toString(), example.toString()));
        assertThat(r.exit()).as(r.err()).isZero();
        Graph fromJsonLdJs = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(r.out())).lang(Lang.NQUADS).parse(fromJsonLdJs);
        Graph fromJena = JsonLdReader.read(Files.readString(example, StandardCharsets.UTF_8));
        assertThat(fromJsonLdJs.size()).isEqualTo(fromJena.size()).isPositive();
        assertThat(fromJsonLdJs.isIsomorphicWith(fromJena)).as("graphs of %s differ", example.getFileName()).isTrue();
    }
}
