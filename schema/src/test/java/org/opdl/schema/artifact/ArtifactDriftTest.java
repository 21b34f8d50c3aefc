package org.opdl.schema.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Every artifact is generated from the definition and never drifts from it")
class ArtifactDriftTest {

    private static final Path DIR = Path.of(System.getProperty("opdl.root"),
            "schema/src/main/resources", Artifact.FOLDER);

    @ParameterizedTest(name = "{0}")
    @EnumSource(Artifact.class)
    @DisplayName("the committed file is byte for byte what the generator makes (-Dopdl.regenerate=true rewrites it)")
    void noDrift(Artifact artifact) throws IOException {
        String generated = Generators.generate(artifact);
        Path file = DIR.resolve(artifact.fileName());
        if (Boolean.getBoolean("opdl.regenerate")) {
            Files.createDirectories(DIR);
            Files.writeString(file, generated, StandardCharsets.UTF_8);
        }
        assertThat(file).as("%s is missing; run the tests with -Dopdl.regenerate=true", file).exists();
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .as("%s differs from the definition; run the tests with -Dopdl.regenerate=true", file)
                .isEqualTo(generated);
    }
}
