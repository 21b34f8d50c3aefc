package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opdl.cli.exit.ExitCode;

@DisplayName("opdl migrate of a file whose version is not the text 0.1")
class MigrateVersionTest {

    @Test
    @DisplayName("V10: a version written as the number 0.1 is named as a number, with the quotes to add, in both languages")
    void number(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("spira-2025.json"), "{\"standardVersion\": 0.1, \"listings\": []}");
        Cli r = Cli.run("migrate", file.toString());
        assertThat(r.code()).isEqualTo(ExitCode.INPUT);
        assertThat(r.err()).contains("/standardVersion: the version is written 0.1, a number")
                .contains("write \"standardVersion\": \"0.1\", in quotes").doesNotContain("reads version 0.1 only");
        Cli fr = Cli.run("migrate", file.toString(), "--lang", "fr");
        assertThat(fr.err()).contains("la version est écrite 0.1, un nombre");
    }
}
