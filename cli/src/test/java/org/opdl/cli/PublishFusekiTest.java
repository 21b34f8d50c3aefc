package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.opdl.cli.exit.ExitCode;

/** opdl publish against a real store: Fuseki, embedded on a loopback port. The steps build on each other, in order. */
@DisplayName("opdl publish to Fuseki")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublishFusekiTest {

    static final String VOCABULARY = "https://w3id.org/opdl/ns";
    static final String CFC = "https://w3id.org/opdl/provider/cfc";

    static Fuseki fuseki;
    static Map<String, Graph> published;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        fuseki = new Fuseki();
    }

    @AfterAll
    static void stop() {
        fuseki.close();
    }

    static String[] publish(List<Path> files, String... options) {
        List<String> args = new ArrayList<>(List.of("publish", "--as-of", "2025-02-01"));
        files.forEach(f -> args.add(f.toString()));
        args.addAll(List.of(options));
        return args.toArray(String[]::new);
    }

    @Test
    @Order(1)
    @DisplayName("puts each provider's listings in the provider's graph, and the vocabulary in its own")
    void firstPublication() throws Exception {
        Cli r = Cli.run(publish(Fuseki.examples(), "--to", fuseki.url()));
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.err()).contains("to graph <" + CFC + ">").contains("vocabulary published to graph <" + VOCABULARY + ">");
        Map<String, Integer> perGraph = fuseki.listingsPerGraph();
        assertThat(perGraph).containsEntry(CFC, 1).containsEntry("https://w3id.org/opdl/provider/hot-docs", 3)
                .containsKey("https://w3id.org/opdl/provider/cmpa");
        assertThat(perGraph.keySet()).allMatch(g -> g.startsWith("https://w3id.org/opdl/provider/"));
        published = fuseki.graphs();
        assertThat(published).containsKey(VOCABULARY);
        assertThat(published.get(VOCABULARY).size()).isGreaterThan(500);
    }

    @Test
    @Order(2)
    @DisplayName("refuses, sending nothing, to replace graphs that hold triples unless --replace is given")
    void noReplaceWithoutAsking() throws Exception {
        Cli r = Cli.run(publish(List.of(changedCfc()), "--to", fuseki.url()));
        assertThat(r.code()).isEqualTo(ExitCode.INPUT);
        assertThat(r.err()).contains(CFC).contains("--replace").contains("nothing was sent");
        assertUnchanged(fuseki.graphs(), null);
    }

    @Test
    @Order(3)
    @DisplayName("republishing one provider with a change replaces that provider's graph and no other")
    void republishOne() throws Exception {
        Cli r = Cli.run(publish(List.of(changedCfc()), "--to", fuseki.url(), "--replace"));
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        Map<String, Graph> now = fuseki.graphs();
        assertUnchanged(now, CFC);
        assertThat(now.get(CFC).isIsomorphicWith(published.get(CFC))).isFalse();
        List<String> titles = new ArrayList<>();
        try (var c = org.apache.jena.rdfconnection.RDFConnection.connect(fuseki.url())) {
            c.querySelect("PREFIX opdl: <https://w3id.org/opdl/ns#> SELECT ?t { GRAPH <" + CFC + "> { ?l opdl:title ?t } }",
                    s -> titles.add(s.getLiteral("t").getLexicalForm()));
        }
        assertThat(titles).containsExactly("CFC Producers' Lab, 2026 edition");
        published = now;
    }

    @Test
    @Order(4)
    @DisplayName("a dataset with errors sends nothing, unless --allow-errors is given")
    void errorsSendNothing() throws Exception {
        Path invalid = Path.of(System.getProperty("opdl.root"), "docs", "examples", "invalid", "bad-email.json");
        Cli r = Cli.run(publish(List.of(invalid), "--to", fuseki.url(), "--replace"));
        assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.err()).contains("nothing was sent to " + fuseki.url()).contains("--allow-errors");
        assertUnchanged(fuseki.graphs(), null);
    }

    @Test
    @Order(5)
    @DisplayName("--graph puts every listing in the one graph named")
    void oneGraph() throws Exception {
        String g = "https://example.org/graphs/all-listings";
        Cli r = Cli.run(publish(Fuseki.examples(), "--to", fuseki.url(), "--graph", g));
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(fuseki.listingsPerGraph().get(g)).isEqualTo(fuseki.listingsPerGraph().entrySet().stream()
                .filter(e -> !e.getKey().equals(g)).mapToInt(Map.Entry::getValue).sum());
    }

    @Test
    @Order(6)
    @DisplayName("reads the dataset from standard input, since it reads it once")
    void standardInput() throws Exception {
        String g = "https://example.org/graphs/from-standard-input";
        java.io.InputStream stdin = System.in;
        Cli r;
        try (java.io.InputStream in = Files.newInputStream(changedCfc())) {
            System.setIn(in);
            r = Cli.run("publish", "--as-of", "2025-02-01", "-", "--to", fuseki.url(), "--graph", g);
        } finally {
            System.setIn(stdin);
        }
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(fuseki.listingsPerGraph()).containsEntry(g, 1);
    }

    /** The CFC example with a new title. */
    static Path changedCfc() throws Exception {
        Path source = Path.of(System.getProperty("opdl.root"), "docs", "examples", "cfc-producers-lab.json");
        String text = Files.readString(source).replace("CFC Norman Jewison Film Program — Producers' Lab",
                "CFC Producers' Lab, 2026 edition");
        Path changed = dir.resolve("cfc-producers-lab.json");
        Files.writeString(changed, text);
        return changed;
    }

    /** Every graph but {@code except} is as first published. */
    static void assertUnchanged(Map<String, Graph> now, String except) {
        for (Map.Entry<String, Graph> e : published.entrySet()) {
            if (!e.getKey().equals(except)) {
                assertThat(now.get(e.getKey()).isIsomorphicWith(e.getValue())).as("graph %s unchanged", e.getKey()).isTrue();
            }
        }
        assertThat(now.keySet()).containsAll(published.keySet());
    }
}
