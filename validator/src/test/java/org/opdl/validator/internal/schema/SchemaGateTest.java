package org.opdl.validator.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.schema.artifact.Artifact;
import org.opdl.schema.format.Limits;
import org.opdl.validator.catalogue.Conformance;
import org.opdl.validator.rule.Rule;
import org.opdl.validator.rules.BuiltInRules;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@DisplayName("The schema gate agrees with the full JSON Schema validator")
class SchemaGateTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static SchemaGate gate;
    private static Schema full;

    @BeforeAll
    static void load() {
        gate = SchemaGate.load(Artifact.JSON_SCHEMA.iri(), Limits.DEFAULT.regexTime()).orElseThrow();
        full = SchemaLayer.networknt(Artifact.JSON_SCHEMA.iri(), Limits.DEFAULT.regexTime());
    }

    private static void assertAgrees(List<JsonNode> corpus) {
        List<String> disagreements = new ArrayList<>();
        for (JsonNode listing : corpus) {
            boolean conforms = full.validate(listing).isEmpty();
            // The gate leaves an integer written as 1.0 to the full validator by design (see SchemaGate).
            if (gate.passes(listing) != conforms && !(conforms && hasIntegralDecimal(listing))) {
                disagreements.add((conforms ? "gate rejects a conforming " : "gate passes a failing ") + listing);
            }
        }
        assertThat(disagreements).isEmpty();
    }

    /** Whether a number anywhere in the value is written with a fraction part but is whole, such as 1.0. */
    private static boolean hasIntegralDecimal(JsonNode n) {
        if (n.isFloatingPointNumber()) {
            return n.decimalValue().stripTrailingZeros().scale() <= 0;
        }
        for (JsonNode child : n) {
            if (hasIntegralDecimal(child)) {
                return true;
            }
        }
        return false;
    }

    private static List<JsonNode> examples() throws IOException {
        Path root = Path.of(System.getProperty("opdl.root"), "docs", "examples");
        List<JsonNode> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode doc = JSON.readTree(p.toFile());
                if (doc.has("listings")) {
                    doc.get("listings").forEach(out::add);
                } else {
                    out.add(doc);
                }
            }
        }
        return out;
    }

    private static List<JsonNode> conformanceCases() {
        List<JsonNode> out = new ArrayList<>();
        for (Rule rule : BuiltInRules.registry().all()) {
            Conformance.forRule(rule.id()).forEach(c -> out.addAll(c.listings()));
        }
        return out;
    }

    @Test
    @DisplayName("on every example, valid and invalid")
    void examplesAgree() throws IOException {
        List<JsonNode> corpus = examples();
        assertThat(corpus).hasSizeGreaterThan(20);
        assertThat(corpus).anyMatch(gate::passes).anyMatch(l -> !gate.passes(l));
        assertAgrees(corpus);
    }

    @Test
    @DisplayName("on every conformance case")
    void conformanceCasesAgree() {
        List<JsonNode> corpus = conformanceCases();
        assertThat(corpus).hasSizeGreaterThan(50);
        assertAgrees(corpus);
    }

    @Test
    @DisplayName("on thousands of randomly damaged listings")
    void mutationsAgree() throws IOException {
        List<JsonNode> seeds = new ArrayList<>(examples());
        seeds.add(Conformance.base());
        seeds.removeIf(s -> !s.isObject());
        Random random = new Random(20250201L);
        List<JsonNode> corpus = new ArrayList<>();
        for (int i = 0; i < 6000; i++) {
            ObjectNode listing = (ObjectNode) seeds.get(random.nextInt(seeds.size())).deepCopy();
            int damage = 1 + random.nextInt(i % 4 == 0 ? 1 : 3);
            for (int d = 0; d < damage; d++) {
                Mutations.apply(listing, random);
            }
            corpus.add(listing);
        }
        long passing = corpus.stream().filter(gate::passes).count();
        assertThat(passing).as("listings the gate passes").isBetween(200L, 5800L);
        assertAgrees(corpus);
    }
}
