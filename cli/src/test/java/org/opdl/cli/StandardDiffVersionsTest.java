package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opdl.cli.exit.ExitCode;

@DisplayName("opdl standard diff: the Versions heading always has a line under it (K11)")
class StandardDiffVersionsTest {

    private static final Path STANDARD = Path.of(System.getProperty("opdl.root"), "standard");

    @Test
    @DisplayName("two identical copies: the standard's version, which nothing changed, in both languages")
    void identical() {
        Cli en = Cli.run("standard", "diff", STANDARD.toString(), STANDARD.toString());
        assertThat(en.code()).isEqualTo(ExitCode.OK);
        assertThat(en.out()).contains("Versions:\n  the standard: version 0.2; nothing changed\n0 changes");
        Cli fr = Cli.run("standard", "diff", STANDARD.toString(), STANDARD.toString(), "--lang", "fr");
        assertThat(fr.out()).contains("Versions :\n  la norme : version 0.2");
    }

    @Test
    @DisplayName("a copy whose only change is a line that is not UTF-8: the problem, then the version, not an empty heading")
    void unreadableTable(@TempDir Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(STANDARD)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path to = dir.resolve(STANDARD.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        Path table = dir.resolve("vocabulary/program-type.csv");
        byte[] latin1 = "cafe-lab,Caf\u00e9 lab,Labo caf\u00e9,A lab.,Un labo.,,,,,,,\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(table, latin1, java.nio.file.StandardOpenOption.APPEND);
        Cli en = Cli.run("standard", "diff", STANDARD.toString(), dir.toString());
        assertThat(en.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(en.out()).contains("this line is not UTF-8").contains("Versions:\n  the standard: version 0.2; nothing changed\n")
                .doesNotContain("Versions:\n0 changes");
    }
}
