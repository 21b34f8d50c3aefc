package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opdl.cli.exit.ExitCode;

@DisplayName("opdl standard check, run from the built jar as a process")
class StandardCheckIT {

    private static final Path RELEASED = Path.of("..", "standard");

    @Test
    @DisplayName("the released standard has no problem")
    void released() throws Exception {
        Cli r = Cli.runJar("standard", "check", RELEASED.toString());
        assertThat(r.code()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("no problem");
    }

    @Test
    @DisplayName("a concept added without its French label is named by file, line and column, in French")
    void missingFrenchLabel(@TempDir Path copy) throws Exception {
        try (Stream<Path> files = Files.walk(RELEASED)) {
            for (Path from : (Iterable<Path>) files::iterator) {
                Path to = copy.resolve(RELEASED.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        Path table = copy.resolve("vocabulary/program-type.csv");
        long line = Files.readAllLines(table).size() + 1;
        Files.writeString(table, "pitch-clinic,Pitch clinic,,Producers rehearse a pitch and get feedback from buyers before a market.,"
                + "Des producteurs répètent un pitch et reçoivent les avis d’acheteurs avant un marché.,,,,,,,\n", StandardOpenOption.APPEND);
        Cli r = Cli.runJar("standard", "check", copy.toString(), "--lang", "fr");
        assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.out()).contains("program-type.csv:" + line + " [label_fr]: le libellé de « label_fr » est vide")
                .contains("correction : ").contains("1 problème à corriger");
        Cli json = Cli.runJar("standard", "check", copy.toString(), "--format", "json");
        assertThat(json.json().at("/findings/0/problem").asString()).isEqualTo("text.no-label");
        assertThat(json.json().at("/findings/0/line").asInt()).isEqualTo((int) line);
    }

    @Test
    @DisplayName("a folder that does not exist is an input error naming it")
    void missingFolder(@TempDir Path dir) throws Exception {
        Cli r = Cli.runJar("standard", "check", dir.resolve("nowhere").toString());
        assertThat(r.code()).isEqualTo(ExitCode.INPUT);
        assertThat(r.err()).contains("nowhere").contains("not a folder").doesNotContain("Exception");
    }
}
