package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opdl.cli.exit.ExitCode;
import tools.jackson.databind.JsonNode;

@DisplayName("opdl query")
class QueryCommandTest {

    @TempDir
    Path dir;

    static Path queries() {
        return Path.of(System.getProperty("opdl.root"), "docs", "guides", "queries");
    }

    static Stream<Path> guideQueries() throws IOException {
        try (Stream<Path> files = Files.list(queries())) {
            // Those that read a store's named graphs (GRAPH ?graph) are run against Fuseki by DeveloperGuideStoreTest.
            return files.filter(p -> p.toString().endsWith(".rq") && !read(p).contains("GRAPH ?graph")).sorted().toList().stream();
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String[] over(Path query, String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("query", query.toString()));
        Fuseki.examples().forEach(p -> args.add(p.toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guideQueries")
    @DisplayName("runs each of the guide's queries over the examples, with answers, as JSON results")
    void guideQuery(Path query) throws IOException {
        Cli r = Cli.run(over(query, "--format", "json"));
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        JsonNode bindings = Cli.JSON.readTree(r.out()).path("results").path("bindings");
        assertThat(bindings.size()).as("answers of %s", query.getFileName()).isGreaterThan(0);
    }

    @Nested
    @DisplayName("formats")
    class Formats {

        @Test
        @DisplayName("a table by default, with the titles of mid-career programs")
        void table() throws IOException {
            Cli r = Cli.run(over(queries().resolve("01-mid-career-programs.rq")));
            assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
            assertThat(r.out()).contains("| listing").contains("Hot Docs").contains("=====");
        }

        @Test
        @DisplayName("CSV with a header row of the variables")
        void csv() throws IOException {
            Cli r = Cli.run(over(queries().resolve("02-listings-per-program-type.rq"), "--format", "csv"));
            assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
            assertThat(r.out().lines().findFirst().orElseThrow()).contains("listings");
            assertThat(r.out()).contains("Mentorat");
        }

        @Test
        @DisplayName("a CONSTRUCT gives Turtle, or JSON-LD with json; with csv it is refused, naming the query and the formats that write a graph, in both languages")
        void graph() throws IOException {
            Path q = dir.resolve("titles.rq");
            Files.writeString(q, "PREFIX opdl: <https://w3id.org/opdl/ns#>\nCONSTRUCT { ?l opdl:title ?t } WHERE { ?l opdl:title ?t }\n");
            Cli turtle = Cli.run(over(q));
            assertThat(turtle.code()).as(turtle.err()).isEqualTo(ExitCode.OK);
            assertThat(turtle.out()).contains("opdl:title").contains("@fr");
            assertThat(Cli.run(over(q, "--format", "json")).out()).contains("\"@language\"");
            Cli csv = Cli.run(over(q, "--format", "csv"));
            assertThat(csv.code()).isEqualTo(ExitCode.USAGE);
            assertThat(csv.out()).isEmpty();
            assertThat(csv.err()).contains(q + " is a CONSTRUCT or DESCRIBE query, whose answer is a graph, not a table")
                    .contains("use --format table for Turtle or --format json for JSON-LD");
            assertThat(Cli.run(over(q, "--format", "csv", "--lang", "fr")).err())
                    .contains("dont la réponse est un graphe et non un tableau, que --format csv ne peut pas écrire");
        }

        @Test
        @DisplayName("an unknown format is a usage error")
        void unknown() throws IOException {
            Cli r = Cli.run(over(queries().resolve("01-mid-career-programs.rq"), "--format", "xml"));
            assertThat(r.code()).isEqualTo(ExitCode.USAGE);
            assertThat(r.err()).contains("table, csv or json");
        }
    }

    @Nested
    @DisplayName("bad queries")
    class Bad {

        @Test
        @DisplayName("a syntax error names the file, line and column")
        void syntax() throws IOException {
            Path q = dir.resolve("broken.rq");
            Files.writeString(q, "PREFIX opdl: <https://w3id.org/opdl/ns#>\nSELECT ?l WHERE {\n  ?l opdl:title ?t .\n  FILTER (?t = )\n}\n");
            Cli r = Cli.run(over(q));
            assertThat(r.code()).isEqualTo(ExitCode.INPUT);
            assertThat(r.err()).contains(q + " line 4, column 16: SPARQL does not expect \")\" here").contains("fix the query there");
        }

        @Test
        @DisplayName("a SERVICE clause is refused before anything runs")
        void service() throws IOException {
            Path q = dir.resolve("federated.rq");
            Files.writeString(q, "SELECT * WHERE { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } }\n");
            Cli r = Cli.run(over(q));
            assertThat(r.code()).isEqualTo(ExitCode.INPUT);
            assertThat(r.err()).contains("SERVICE clause").contains("--allow-service");
        }

        @Test
        @DisplayName("a query that runs too long is stopped at --timeout")
        void slow() throws IOException {
            Path q = dir.resolve("everything-thrice.rq");
            Files.writeString(q, "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }\n");
            long start = System.nanoTime();
            Cli r = Cli.run(over(q, "--timeout", "1"));
            assertThat(r.code()).isEqualTo(ExitCode.INPUT);
            assertThat(r.err()).contains("ran longer than 1 s").contains("--timeout");
            assertThat((System.nanoTime() - start) / 1e9).isLessThan(30);
        }

        @Test
        @DisplayName("files and --endpoint together are a usage error")
        void both() throws IOException {
            Cli r = Cli.run(over(queries().resolve("01-mid-career-programs.rq"), "--endpoint", "http://localhost:3030/opdl"));
            assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        }
    }

    @Test
    @DisplayName("says on standard error what a reader noticed in a file, as convert does, in English and French")
    void readersNotes() throws IOException {
        Path csv = dir.resolve("wide-lens.csv");
        // Excel's text mark before the program page: read without it, and said once for the file.
        String sheet = Files.readString(Path.of(System.getProperty("opdl.root"), "docs", "examples", "cmpa-wide-lens.csv"))
                .replace(",https://cmpa.ca/professional-development/,", ",'https://cmpa.ca/professional-development/,");
        Files.writeString(csv, sheet);
        Path q = dir.resolve("pages.rq");
        Files.writeString(q, "PREFIX opdl: <https://w3id.org/opdl/ns#>\nSELECT ?page WHERE { ?l opdl:url ?page }\n");
        Cli r = Cli.run("query", q.toString(), csv.toString(), "--format", "csv");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("https://cmpa.ca/professional-development/");
        assertThat(r.err()).contains("wide-lens.csv").contains("apostrophe");
        Cli fr = Cli.run("query", q.toString(), csv.toString(), "--format", "csv", "--lang", "fr");
        assertThat(fr.err()).contains("wide-lens.csv").contains("apostrophe").doesNotContain("began with");
    }

    @Test
    @DisplayName("queries a store: the guide's first query over what opdl publish put in Fuseki")
    void endpoint() throws IOException {
        try (Fuseki fuseki = new Fuseki()) {
            Cli p = Cli.run(PublishFusekiTest.publish(Fuseki.examples(), "--to", fuseki.url()));
            assertThat(p.code()).as(p.err()).isEqualTo(ExitCode.OK);
            Path q = dir.resolve("union.rq");
            // A store keeps each provider in its own graph; the guide's query reads them all through GRAPH.
            Files.writeString(q, "PREFIX opdl: <https://w3id.org/opdl/ns#>\nSELECT ?g ?title WHERE { GRAPH ?g { ?l opdl:title ?title } "
                    + "FILTER(langMatches(lang(?title), \"en\")) } ORDER BY ?title\n");
            Cli r = Cli.run("query", q.toString(), "--endpoint", fuseki.url(), "--format", "csv");
            assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
            assertThat(r.out()).contains("https://w3id.org/opdl/provider/cfc,").contains("Hot Docs");
        }
    }
}
