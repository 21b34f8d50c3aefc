package org.opdl.model.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The listing records are generated from the definition and never drift from it")
class GeneratedSourcesTest {

    private static final Path DIR = Path.of(System.getProperty("opdl.root"),
            "model/src/main/java/org/opdl/model/listing");

    @Test
    @DisplayName("every committed record is byte for byte what the generator makes (-Dopdl.regenerate=true rewrites them)")
    void noDrift() throws IOException {
        Map<String, String> generated = ListingSourceGenerator.generate();
        if (Boolean.getBoolean("opdl.regenerate")) {
            try (Stream<Path> old = Files.list(DIR)) {
                for (Path p : old.toList()) {
                    if (!generated.containsKey(p.getFileName().toString()) && isGenerated(p)) {
                        Files.delete(p);
                    }
                }
            }
            for (Map.Entry<String, String> e : generated.entrySet()) {
                Files.writeString(DIR.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
            }
        }
        for (Map.Entry<String, String> e : generated.entrySet()) {
            Path file = DIR.resolve(e.getKey());
            assertThat(file).as("%s is missing; run the tests with -Dopdl.regenerate=true", file).exists();
            assertThat(Files.readString(file, StandardCharsets.UTF_8))
                    .as("%s differs from the definition; run the tests with -Dopdl.regenerate=true", file)
                    .isEqualTo(e.getValue());
        }
        try (Stream<Path> files = Files.list(DIR)) {
            assertThat(files.filter(GeneratedSourcesTest::isGenerated).map(p -> p.getFileName().toString()))
                    .as("generated records whose class is no longer in the definition")
                    .allMatch(generated::containsKey);
        }
    }

    @Test
    @DisplayName("a generated record refuses an empty language map for a required name")
    void refusesEmptyText() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Organization(
                        java.util.Optional.empty(), Map.of(), java.util.Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name needs text in at least one language");
    }

    @Test
    @DisplayName("a generated record keeps money exact")
    void keepsMoneyExact() {
        MonetaryAmount stipend = new MonetaryAmount(new java.math.BigDecimal("16000.00"), "CAD");
        assertThat(stipend.amount().toPlainString()).isEqualTo("16000.00");
    }

    private static boolean isGenerated(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8).contains("ListingSourceGenerator");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
