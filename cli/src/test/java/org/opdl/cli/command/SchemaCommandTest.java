package org.opdl.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opdl.cli.Main;
import org.opdl.schema.artifact.Artifact;

@DisplayName("opdl schema")
class SchemaCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    @DisplayName("prints the listing JSON Schema from the jar")
    void prints() {
        assertThat(run("schema", "--artifact", "json-schema")).isZero();
        assertThat(out.toString()).isEqualTo(Artifact.JSON_SCHEMA.text())
                .contains("\"$id\" : \"https://w3id.org/opdl/schema/0.2/listing.schema.json\"");
    }

    @Test
    @DisplayName("names the valid artifacts and exits 2 for an unknown one")
    void unknown() {
        assertThat(run("schema", "--artifact", "owl")).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("opdl: unknown artifact \"owl\"; use one of: "
                + "json-schema, dataset-schema, context, vocabulary, vocabulary-jsonld, shapes");
    }

    @Test
    @DisplayName("writes the shapes to a file, replacing an existing one whole only with --force")
    void writes(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("shapes.ttl");
        Files.writeString(file, "old");
        assertThat(run("schema", "--artifact", "shapes", "-o", file.toString())).isEqualTo(2);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("old");
        assertThat(run("schema", "--artifact", "shapes", "-o", file.toString(), "--force")).isZero();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(Artifact.SHAPES.text());
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    @DisplayName("exits 3 with one line, and the fix, when the folder does not exist")
    void missingFolder(@TempDir Path dir) {
        assertThat(run("schema", "--artifact", "context", "-o", dir.resolve("no/such/context.jsonld").toString()))
                .isEqualTo(3);
        assertThat(err.toString().strip()).startsWith("opdl: the folder of ").doesNotContain("\n")
                .endsWith("does not exist; nothing was written; create the folder first, or choose another -o");
    }
}
