package org.opdl.schema.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The vocabulary in JSON-LD says the same graph as the vocabulary in Turtle")
class VocabularyJsonLdTest {

    private static final Path RESOURCES = Path.of(System.getProperty("opdl.root"), "schema/src/main/resources/org/opdl/schema");

    @ParameterizedTest(name = "version {0}")
    @ValueSource(strings = {"0.1", "0.2"})
    @DisplayName("Jena, reading the JSON-LD through Titanium, finds a graph isomorphic to the Turtle's")
    void sameGraph(String version) throws IOException {
        Graph turtle = RDFParser.fromString(resource(version, "vocabulary.ttl"), Lang.TURTLE).toGraph();
        Graph jsonld = RDFParser.fromString(resource(version, "vocabulary.jsonld"), Lang.JSONLD).toGraph();
        assertThat(jsonld.size()).isEqualTo(turtle.size()).isGreaterThan(1000);
        assertThat(jsonld.isIsomorphicWith(turtle)).as("version %s: JSON-LD and Turtle are the same graph", version).isTrue();
    }

    @Test
    @DisplayName("a released version's JSON-LD is made from its frozen Turtle and never drifts (-Dopdl.regenerate=true rewrites it)")
    void releasedNoDrift() throws IOException {
        String generated = Generators.vocabularyJsonLd(resource("0.1", "vocabulary.ttl"));
        Path file = RESOURCES.resolve("0.1/vocabulary.jsonld");
        if (Boolean.getBoolean("opdl.regenerate")) {
            Files.writeString(file, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).as("%s differs; run with -Dopdl.regenerate=true", file)
                .isEqualTo(generated);
    }

    @Test
    @DisplayName("an IRI under a prefix that ends without a JSON-LD delimiter is written in full, and still reads back the same")
    void fullIrisWhereNoPrefixApplies() {
        String turtle = """
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                @prefix noc: <https://noc.esdc.gc.ca/Structure/NocProfile?code=> .
                <https://w3id.org/opdl/vocab/role/producer> skos:closeMatch noc:51120 ;
                    skos:prefLabel "Producer"@en, "Producteur"@fr .
                """;
        String json = VocabularyJsonLd.fromTurtle(turtle);
        assertThat(json).contains("\"https://noc.esdc.gc.ca/Structure/NocProfile?code=51120\"", "\"skos:prefLabel\"")
                .doesNotContain("\"noc:51120\"");
        assertThat(RDFParser.fromString(json, Lang.JSONLD).toGraph()
                .isIsomorphicWith(RDFParser.fromString(turtle, Lang.TURTLE).toGraph())).isTrue();
    }

    private static String resource(String version, String file) throws IOException {
        try (InputStream in = VocabularyJsonLdTest.class.getClassLoader().getResourceAsStream("org/opdl/schema/" + version + "/" + file)) {
            assertThat(in).as("%s/%s is in the jar", version, file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
