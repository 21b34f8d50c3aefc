package org.opdl.schema.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opdl.schema.json.ListingSchemas;
import org.opdl.schema.rdf.JsonLdReader;
import org.opdl.schema.rdf.StandardShapes;

@DisplayName("The examples in docs/examples")
class ExamplesTest {

    static Stream<Path> valid() {
        return Stream.concat(Examples.validListings().stream(), Examples.datasets().stream());
    }

    static Stream<Path> invalid() {
        return Examples.invalid().stream();
    }

    private static Schema schemaFor(Path p) {
        return p.getFileName().toString().startsWith("dataset") ? ListingSchemas.dataset() : ListingSchemas.listing();
    }

    @Nested
    @DisplayName("that are valid")
    class Valid {

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.opdl.schema.examples.ExamplesTest#valid")
        @DisplayName("pass the JSON Schema")
        void passJsonSchema(Path p) {
            assertThat(schemaFor(p).validate(Examples.read(p), InputFormat.JSON)).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.opdl.schema.examples.ExamplesTest#valid")
        @DisplayName("pass the SHACL shapes once read as JSON-LD")
        void passShapes(Path p) {
            ValidationReport report = StandardShapes.validate(JsonLdReader.read(Examples.read(p)));
            assertThat(report.conforms()).as(() -> describe(report)).isTrue();
        }
    }

    @Nested
    @DisplayName("that are invalid")
    class Invalid {

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.opdl.schema.examples.ExamplesTest#invalid")
        @DisplayName("fail the JSON Schema at exactly one place")
        void failJsonSchema(Path p) {
            List<Error> errors = ListingSchemas.listing().validate(Examples.read(p), InputFormat.JSON);
            assertThat(errors).isNotEmpty();
            assertThat(errors.stream().map(e -> e.getInstanceLocation().toString()).distinct())
                    .as("%s should break one constraint: %s", p.getFileName(), errors).hasSize(1);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.opdl.schema.examples.ExamplesTest#invalid")
        @DisplayName("fail the SHACL shapes once read as JSON-LD")
        void failShapes(Path p) {
            assertThat(StandardShapes.validate(JsonLdReader.read(Examples.read(p))).conforms()).isFalse();
        }
    }

    @Test
    @DisplayName("number at least twelve listings and ten invalid ones")
    void enough() {
        assertThat(Examples.validListings()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(Examples.invalid()).hasSizeGreaterThanOrEqualTo(10);
    }

    static String describe(ValidationReport report) {
        StringBuilder b = new StringBuilder();
        report.getEntries().forEach(e -> b.append(e.focusNode()).append(' ').append(e.resultPath()).append(' ')
                .append(e.message()).append('\n'));
        return b.toString();
    }
}
