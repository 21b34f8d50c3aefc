package org.opdl.schema.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RiotException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opdl.schema.artifact.Artifact;
import org.opdl.schema.rdf.JsonLdReader;
import org.opdl.schema.testing.Canary;
import org.opdl.schema.testing.NoNetwork;

/** Catalogue cases L1–L4 and L7 against {@link JsonLdReader}, which the validator's SHACL layer uses. */
@ExtendWith(NoNetwork.class)
@DisplayName("JsonLdReader refuses remote contexts and deep nesting without a request or a crash")
class JsonLdReaderHostileTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    private static Throwable read(String json) {
        return assertTimeoutPreemptively(LIMIT, () -> catchThrowable(() -> JsonLdReader.read(json)));
    }

    private static String withContext(String context) {
        return "{\"@context\": " + context + ", \"@id\": \"https://example.ca/programs/1\", \"title\": {\"en\": \"Lab\"}}";
    }

    @Test
    @DisplayName("L1, L3: a remote @context on the canary is refused, naming the address, with no request")
    void remoteContext() {
        String url = Canary.get().url("/ctx.jsonld");
        Throwable t = read(withContext("\"" + url + "\""));
        assertThat(t).isInstanceOf(RiotException.class).hasMessageContaining(url);
        assertThat(Canary.get().hits()).isEmpty();
    }

    @Test
    @DisplayName("L3: an @import of a remote context inside an inline context is refused with no request")
    void importedContext() {
        String url = Canary.get().url("/imported.jsonld");
        Throwable t = read(withContext("{\"@version\": 1.1, \"@import\": \"" + url + "\"}"));
        assertThat(t).isInstanceOf(RiotException.class).hasMessageContaining(url);
        assertThat(Canary.get().hits()).isEmpty();
    }

    @Test
    @DisplayName("L2: a file: context is refused, and the file is never read")
    void fileContext() {
        Throwable t = read(withContext("\"file:///etc/passwd\""));
        assertThat(t).isInstanceOf(RiotException.class).hasMessageContaining("file:///etc/passwd")
                .hasMessageNotContaining("root:");
    }

    @Test
    @DisplayName("L4: the standard's own context IRI is served from the jar and gives triples offline")
    void bundledContext() {
        Graph g = assertTimeoutPreemptively(LIMIT, () -> JsonLdReader.read(withContext("\"" + Artifact.CONTEXT.iri() + "\"")));
        assertThat(g.size()).isPositive();
    }

    @Test
    @DisplayName("L7: 100,000 levels of nesting end in a limit error with a place, not a stack overflow in JSON-P")
    void deepNesting() {
        int n = 100_000;
        String json = "{\"@id\": \"https://example.ca/p\", \"title\": " + "[".repeat(n) + "]".repeat(n) + "}";
        Throwable t = read(json);
        assertThat(t).isInstanceOf(RiotException.class).hasMessageContaining("nesting depth");
    }

    @Test
    @DisplayName("J2: nesting exactly at the limit passes the scan; one level more is refused")
    void depthBoundary() {
        int limit = org.opdl.schema.format.Limits.DEFAULT.maxDepth();
        // The object itself is one level, so limit - 1 arrays inside it reach the limit exactly.
        String at = "{\"@id\": \"https://example.ca/p\", \"title\": " + "[".repeat(limit - 1) + "]".repeat(limit - 1) + "}";
        String over = "{\"@id\": \"https://example.ca/p\", \"title\": " + "[".repeat(limit) + "]".repeat(limit) + "}";
        assertThat(read(at)).as("depth " + limit).satisfiesAnyOf(
                t -> assertThat(t).isNull(), t -> assertThat(t).hasMessageNotContaining("nesting depth"));
        assertThat(read(over)).as("depth " + (limit + 1)).hasMessageContaining("nesting depth");
    }

    @Test
    @DisplayName("J9 via JSON-LD: a duplicated key is refused rather than one value silently winning")
    void duplicateKey() {
        Throwable t = read("{\"@id\": \"https://example.ca/p\", \"@id\": \"https://example.ca/q\"}");
        assertThat(t).isInstanceOf(RiotException.class).hasMessageContaining("Duplicate");
    }
}
