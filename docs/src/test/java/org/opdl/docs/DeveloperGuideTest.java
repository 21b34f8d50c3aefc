package org.opdl.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opdl.schema.rdf.JsonLdReader;

@DisplayName("The guide for developers")
class DeveloperGuideTest {

    static Path guide() {
        return DocFiles.root().resolve("docs/guides/developers.md");
    }

    @Test
    @DisplayName("shows Turtle that is exactly what its JSON listing means under the context")
    void jsonAndRdfSideBySide() {
        List<DocFiles.Block> blocks = DocFiles.blocks(guide());
        String json = blocks.stream().filter(b -> b.language().equals("json")).findFirst().orElseThrow().body();
        String turtle = blocks.stream().filter(b -> b.language().equals("turtle")).findFirst().orElseThrow().body();
        Graph fromJson = JsonLdReader.read(json);
        Graph shown = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(shown);
        assertThat(fromJson.isIsomorphicWith(shown))
                .as("the guide's Turtle matches the JSON-LD reading of its JSON, which is:%n%s", turtleOf(fromJson))
                .isTrue();
    }

    @Nested
    @DisplayName("example queries, run against every valid example and the vocabulary")
    class Queries {

        static Dataset store;

        @BeforeAll
        static void load() throws IOException {
            store = DatasetFactory.createTxnMem();
            try (Stream<Path> files = Files.list(DocFiles.root().resolve("docs/examples"))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    Graph g = JsonLdReader.read(Files.readString(f));
                    g.find().forEach(t -> store.getDefaultModel().getGraph().add(t));
                }
            }
            try (InputStream in = DeveloperGuideTest.class.getClassLoader()
                    .getResourceAsStream("org/opdl/schema/0.2/vocabulary.ttl")) {
                RDFParser.source(in).lang(Lang.TURTLE).parse(store.getDefaultModel().getGraph());
            }
        }

        static List<Map<String, String>> run(String file) throws IOException {
            String query = Files.readString(DocFiles.root().resolve("docs/guides/queries/" + file));
            List<Map<String, String>> rows = new ArrayList<>();
            try (QueryExecution q = QueryExecution.dataset(store).query(query).build()) {
                ResultSet results = q.execSelect();
                while (results.hasNext()) {
                    QuerySolution s = results.next();
                    Map<String, String> row = new java.util.LinkedHashMap<>();
                    results.getResultVars().forEach(v -> row.put(v, s.get(v) == null ? null
                            : s.get(v).isLiteral() ? s.getLiteral(v).getLexicalForm() : s.get(v).toString()));
                    rows.add(row);
                }
            }
            return rows;
        }

        @Test
        @DisplayName("there are six, each linked from the guide")
        void five() throws IOException {
            try (Stream<Path> files = Files.list(DocFiles.root().resolve("docs/guides/queries"))) {
                List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
                assertThat(names).hasSize(6).allMatch(n -> n.endsWith(".rq"));
                names.forEach(n -> assertThat(DocFiles.read(guide())).contains("(queries/" + n + ")"));
            }
        }

        @Test
        @DisplayName("01 finds the mid-career programs, the Hot Docs Incubator among them")
        void midCareer() throws IOException {
            List<Map<String, String>> rows = run("01-mid-career-programs.rq");
            assertThat(rows).isNotEmpty();
            assertThat(rows).extracting(r -> r.get("title")).anyMatch(t -> t.contains("Hot Docs"))
                    .isSortedAccordingTo(String::compareTo);
        }

        @Test
        @DisplayName("02 counts listings per program type, with French labels, most common first")
        void perType() throws IOException {
            List<Map<String, String>> rows = run("02-listings-per-program-type.rq");
            assertThat(rows).hasSizeGreaterThan(3);
            assertThat(rows).extracting(r -> r.get("label")).contains("Mentorat");
            List<Integer> counts = rows.stream().map(r -> Integer.parseInt(r.get("listings"))).toList();
            assertThat(counts).isSortedAccordingTo((a, b) -> b - a);
        }

        @Test
        @DisplayName("03 lists the stipends, largest first, as exact decimals in CAD")
        void stipends() throws IOException {
            List<Map<String, String>> rows = run("03-stipends.rq");
            assertThat(rows).isNotEmpty();
            assertThat(rows).extracting(r -> r.get("currency")).containsOnly("CAD");
            List<BigDecimal> amounts = rows.stream().map(r -> new BigDecimal(r.get("amount"))).toList();
            assertThat(amounts).isSortedAccordingTo((a, b) -> b.compareTo(a));
        }

        @Test
        @DisplayName("04 finds programs for Indigenous producers through the target groups' hierarchy")
        void indigenous() throws IOException {
            List<Map<String, String>> rows = run("04-indigenous-programs.rq");
            assertThat(rows).isNotEmpty();
            assertThat(rows).extracting(r -> r.get("group"))
                    .allMatch(g -> g.startsWith("https://w3id.org/opdl/vocab/target-group/"));
            assertThat(rows).extracting(r -> r.get("title")).anyMatch(t -> t.contains("Banff") || t.contains("IndigiDocs"));
        }

        @Test
        @DisplayName("05 lists application deadlines from the ordered intakes, earliest first")
        void deadlines() throws IOException {
            List<Map<String, String>> rows = run("05-application-deadlines.rq");
            assertThat(rows).hasSizeGreaterThan(3);
            assertThat(rows).extracting(r -> r.get("deadline")).allMatch(d -> d.matches("\\d{4}-\\d{2}-\\d{2}"))
                    .isSortedAccordingTo(String::compareTo);
        }
    }

    private static String turtleOf(Graph g) {
        Model m = ModelFactory.createModelForGraph(g);
        m.setNsPrefix("opdl", "https://w3id.org/opdl/ns#");
        m.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        java.io.StringWriter w = new java.io.StringWriter();
        m.write(w, "TURTLE");
        return w.toString();
    }
}
