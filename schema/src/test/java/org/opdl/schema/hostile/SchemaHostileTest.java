package org.opdl.schema.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.ValidationLimitExceededException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opdl.schema.artifact.Artifact;
import org.opdl.schema.json.ListingSchemas;
import org.opdl.schema.json.RegexLimitException;
import org.opdl.schema.testing.Canary;
import org.opdl.schema.testing.NoNetwork;

/**
 * Catalogue cases S1–S9: schemas that try to fetch, read files, backtrack, recurse or shadow ours.
 * opdl itself never takes a schema from a user; these tests hold the registry that {@link
 * ListingSchemas} builds (and that the validator uses) to the catalogue anyway, because a schema
 * change or a future partner extension would otherwise meet none of these guards.
 */
@ExtendWith(NoNetwork.class)
@DisplayName("The offline schema registry refuses every outside reference and bounds every evaluation")
class SchemaHostileTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    private static Throwable compileAndValidate(SchemaRegistry registry, String schema, String instance) {
        return assertTimeoutPreemptively(LIMIT, () -> catchThrowable(() -> {
            Schema s = registry.getSchema(schema, InputFormat.JSON);
            s.initializeValidators();
            s.validate(instance, InputFormat.JSON);
        }));
    }

    @ParameterizedTest(name = "S1, S2: $ref to {0} is refused before any loader runs")
    @ValueSource(strings = {"CANARY", "https://attacker.example/x.json", "http://169.254.169.254/latest/meta-data",
        "file:///etc/passwd", "classpath:META-INF/MANIFEST.MF", "classpath:org/opdl/schema/0.1/context.jsonld"})
    void outsideReferences(String target) {
        String iri = target.equals("CANARY") ? Canary.get().url("/schema.json") : target;
        Throwable t = compileAndValidate(ListingSchemas.registry(), "{\"$ref\": \"" + iri + "\"}", "{}");
        assertThat(t).as("a $ref to " + iri).isNotNull().hasMessageContaining("not allowed");
        assertThat(Canary.get().hits()).isEmpty();
    }

    @Test
    @DisplayName("S3: ^(a+)+$ on 28 a's and a bang stops at the time limit (ECMA-262 engines backtrack here, as ajv's does)")
    void classicBacktracking() {
        SchemaRegistry registry = ListingSchemas.registry(Duration.ofMillis(100));
        long start = System.nanoTime();
        Throwable t = compileAndValidate(registry, "{\"pattern\": \"^(a+)+$\"}", "\"" + "a".repeat(28) + "!\"");
        assertThat(t).isInstanceOf(RegexLimitException.class).hasMessageContaining("time limit");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    /** A counted repetition, which no engine memoises (8 s unbounded with the JDK's). */
    @Test
    @DisplayName("S3: ^(.*a){12}$ on 30 a's and a b stops at the time limit instead of backtracking for seconds")
    void catastrophicBacktracking() {
        SchemaRegistry registry = ListingSchemas.registry(Duration.ofMillis(100));
        long start = System.nanoTime();
        Throwable t = compileAndValidate(registry, "{\"pattern\": \"^(.*a){12}$\"}", "\"" + "a".repeat(30) + "b\"");
        assertThat(t).isInstanceOf(RegexLimitException.class).hasMessageContaining("time limit");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    @DisplayName("S4: an alternation over a 200,000-character string cannot overflow the stack: it matches, or meets the time limit")
    void regexStackOverflow() {
        String value = "x".repeat(200_000);
        Throwable t = compileAndValidate(ListingSchemas.registry(Duration.ofSeconds(5)),
                "{\"pattern\": \"^(?:[^\\\"\\\\\\\\]|\\\\\\\\.)*$\"}", "\"" + value + "\"");
        assertThat(t).isNull();
        Throwable limited = compileAndValidate(ListingSchemas.registry(Duration.ofNanos(1)),
                "{\"pattern\": \"^(?:[^\\\"\\\\\\\\]|\\\\\\\\.)*$\"}", "\"" + value + "\"");
        assertThat(limited).isInstanceOf(RegexLimitException.class).hasMessageContaining("200000 characters");
    }

    @Test
    @DisplayName("S5: an invalid pattern fails when the schema is compiled, naming the pattern")
    void invalidPattern() {
        Throwable t = compileAndValidate(ListingSchemas.registry(), "{\"pattern\": \"([\"}", "\"x\"");
        assertThat(t).isNotNull().hasMessageContaining("([");
    }

    @Test
    @DisplayName("S6: a recursive anyOf over deeply nested arrays stops at the evaluation limit")
    void recursiveExpansion() {
        String schema = "{\"$defs\": {\"n\": {\"anyOf\": [{\"type\": \"array\", \"items\": {\"$ref\": \"#/$defs/n\"}},"
                + " {\"type\": \"array\", \"items\": {\"$ref\": \"#/$defs/n\"}}, {\"type\": \"string\"}]}},"
                + " \"$ref\": \"#/$defs/n\"}";
        String instance = "[".repeat(40) + "1" + "]".repeat(40);
        Throwable t = compileAndValidate(ListingSchemas.registry(), schema, instance);
        assertThat(t).isInstanceOf(ValidationLimitExceededException.class);
    }

    @Test
    @DisplayName("S7: a schema that declares the listing schema's $id does not replace the bundled one")
    void cannotShadow() {
        Schema listing = ListingSchemas.listing();
        compileAndValidate(ListingSchemas.registry(), "{\"$id\": \"" + Artifact.JSON_SCHEMA.iri() + "\", \"type\": \"string\"}", "1");
        List<Error> errors = ListingSchemas.listing().validate("\"just a string\"", InputFormat.JSON);
        assertThat(ListingSchemas.listing()).isSameAs(listing);
        assertThat(errors).isNotEmpty();
    }

    @Test
    @DisplayName("S8: format assertions are on, so 2025-02-30 is not a date")
    void formatAssertions() {
        Schema s = ListingSchemas.registry().getSchema("{\"format\": \"date\"}", InputFormat.JSON);
        assertThat(s.validate("\"2025-02-30\"", InputFormat.JSON)).isNotEmpty();
        assertThat(s.validate("\"2025-02-28\"", InputFormat.JSON)).isEmpty();
    }

    @Test
    @DisplayName("S9: a schema nested 10,000 deep fails to parse with a depth error, not a stack overflow")
    void deepSchema() {
        String schema = "{\"items\": ".repeat(10_000) + "{}" + "}".repeat(10_000);
        Throwable t = compileAndValidate(ListingSchemas.registry(), schema, "[]");
        assertThat(t).isNotNull().isNotInstanceOf(StackOverflowError.class).hasMessageContaining("depth");
    }
}
