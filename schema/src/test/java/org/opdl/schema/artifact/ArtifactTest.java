package org.opdl.schema.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import java.io.StringReader;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.opdl.model.definition.StandardDefinition;
import org.opdl.schema.json.ListingSchemas;
import org.opdl.schema.rdf.StandardShapes;

@DisplayName("The published artifacts")
class ArtifactTest {

    @Nested
    @DisplayName("JSON Schemas")
    class JsonSchemas {

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = Artifact.class, names = {"JSON_SCHEMA", "DATASET_SCHEMA"})
        @DisplayName("validate against the 2020-12 metaschema, offline")
        void metaschema(Artifact artifact) {
            Schema meta = ListingSchemas.registry().getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
            assertThat(meta.validate(artifact.text(), InputFormat.JSON)).isEmpty();
        }

        @Test
        @DisplayName("accept their own examples")
        void ownExamples() {
            var listing = Json.parse(Artifact.JSON_SCHEMA.text()).get("examples").get(0);
            var dataset = Json.parse(Artifact.DATASET_SCHEMA.text()).get("examples").get(0);
            assertThat(ListingSchemas.listing().validate(listing)).isEmpty();
            assertThat(ListingSchemas.dataset().validate(dataset)).isEmpty();
        }

        @Test
        @DisplayName("state the CC BY 4.0 licence")
        void licence() {
            assertThat(Artifact.JSON_SCHEMA.text()).contains("CC BY 4.0");
            assertThat(Artifact.CONTEXT.text()).contains("https://creativecommons.org/licenses/by/4.0/");
        }
    }

    @Nested
    @DisplayName("RDF")
    class Rdf {

        @Test
        @DisplayName("the vocabulary aligns a listing with schema.org and CTDL, and a paid placement with WorkBasedProgram")
        void vocabulary() {
            Graph g = turtle(Artifact.VOCABULARY.text());
            var listing = NodeFactory.createURI("https://w3id.org/opdl/ns#Listing");
            var subClassOf = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#subClassOf");
            assertThat(g.contains(listing, subClassOf, NodeFactory.createURI("https://schema.org/EducationalOccupationalProgram"))).isTrue();
            assertThat(g.contains(listing, subClassOf, NodeFactory.createURI("https://purl.org/ctdl/terms/LearningProgram"))).isTrue();
            assertThat(g.contains(NodeFactory.createURI("https://w3id.org/opdl/vocab/program-type/paid-placement"),
                    NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#closeMatch"),
                    NodeFactory.createURI("https://schema.org/WorkBasedProgram"))).isTrue();
        }

        @Test
        @DisplayName("the shapes load in Jena SHACL")
        void shapes() {
            assertThat(StandardShapes.shapes().numRootShapes()).isGreaterThanOrEqualTo(2);
        }

        @Test
        @DisplayName("the context is the one the definition names")
        void contextIri() {
            assertThat(Artifact.CONTEXT.iri()).isEqualTo(StandardDefinition.contextIri());
        }
    }

    private static Graph turtle(String text) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(text)).lang(Lang.TURTLE).parse(g);
        return g;
    }
}
