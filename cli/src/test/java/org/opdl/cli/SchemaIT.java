package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opdl.cli.exit.ExitCode;

@DisplayName("opdl schema, run from the built jar as a process")
class SchemaIT {

    private static final Path PUBLISHED = Path.of(System.getProperty("opdl.root", ".."))
            .resolve("schema/src/main/resources/org/opdl/schema/0.2");

    @Test
    @DisplayName("prints the published JSON Schema exactly as committed")
    void printsTheJsonSchema() throws Exception {
        Cli r = Cli.runJar("schema", "--artifact", "json-schema");
        assertThat(r.code()).isEqualTo(ExitCode.OK);
        assertThat(r.out().strip())
                .isEqualTo(Files.readString(PUBLISHED.resolve("listing.schema.json"), StandardCharsets.UTF_8).strip());
    }

    @Test
    @DisplayName("writes the SHACL shapes to a file with -o, byte for byte")
    void writesTheShapes(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("shapes.ttl");
        Cli r = Cli.runJar("schema", "--artifact", "shapes", "-o", out.toString());
        assertThat(r.code()).isEqualTo(ExitCode.OK);
        assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(PUBLISHED.resolve("shapes.ttl")));
    }

    @Test
    @DisplayName("rejects an unknown artifact with exit 2, listing the valid names, without a stack trace")
    void unknownArtifact() throws Exception {
        Cli r = Cli.runJar("schema", "--artifact", "owl");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("json-schema").contains("shapes").doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
    }
}
