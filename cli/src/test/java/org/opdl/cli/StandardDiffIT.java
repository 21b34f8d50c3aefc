package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opdl.cli.exit.ExitCode;

@DisplayName("opdl standard diff, run from the built jar as a process")
class StandardDiffIT {

    /** A released version, never edited, so the fixtures below stay true as the standard moves on. */
    private static final Path CURRENT = Path.of("..", "releases", "0.1");

    private static Path copy(Path into) throws Exception {
        try (Stream<Path> files = Files.walk(CURRENT)) {
            for (Path from : (Iterable<Path>) files::iterator) {
                Path to = into.resolve(CURRENT.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        return into;
    }

    @Test
    @DisplayName("the standard against itself: no change, exit 0")
    void same() throws Exception {
        Cli r = Cli.runJar("standard", "diff", CURRENT.toString(), CURRENT.toString());
        assertThat(r.code()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("0 changes").contains("the versions follow the changes");
    }

    @Test
    @DisplayName("a code removed without a version bump: a major change, the version to give, exit 1, in French too")
    void codeRemoved(@TempDir Path dir) throws Exception {
        Path edited = copy(dir);
        Path table = edited.resolve("vocabulary/delivery-mode.csv");
        Files.writeString(table, Files.readString(table).replace("\nhybrid,", "\nblended,"));
        Cli r = Cli.runJar("standard", "diff", CURRENT.toString(), edited.toString(), "--lang", "fr");
        assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.out()).contains("vocabulary/delivery-mode.csv:4  majeur  suppression du concept hybrid")
                .contains("pourquoi : les enregistrements qui utilisent ce code deviennent invalides")
                .contains("À CORRIGER : vocabulaire delivery-mode : passer de 0.1.0 à 0.1.0 ne suffit pas pour un changement majeur; donnez-lui la version 0.2.0");
        Cli json = Cli.runJar("standard", "diff", CURRENT.toString(), edited.toString(), "--format", "json");
        assertThat(json.json().at("/level").asString()).isEqualTo("major");
        assertThat(json.json().at("/releasable").asBoolean()).isFalse();
    }

    @Test
    @DisplayName("a code given twice in the edited copy: the duplicate at its line, exit 1, never \"0 changes … the versions follow\" (K1)")
    void duplicateCode(@TempDir Path dir) throws Exception {
        Path edited = copy(dir);
        Path table = edited.resolve("vocabulary/program-type.csv");
        Files.writeString(table, Files.readString(table) + "mentorship,Mentoring,Mentorat individuel,\"Guidance by one producer.\","
                + "\"Un accompagnement par une productrice.\",,,,,,,\n");
        Cli r = Cli.runJar("standard", "diff", CURRENT.toString(), edited.toString());
        assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.out()).containsPattern("program-type\\.csv:\\d+ \\[code\\]: the code \"mentorship\" is used twice in this scheme")
                .contains("problem").contains("to fix before release").doesNotContain("the versions follow the changes");
        Cli fr = Cli.runJar("standard", "diff", CURRENT.toString(), edited.toString(), "--lang", "fr");
        assertThat(fr.out()).contains("à corriger avant la publication").doesNotContain("les versions suivent");
    }

    @Test
    @DisplayName("something that is not a standard folder is an input error naming it")
    void notAStandard(@TempDir Path dir) throws Exception {
        Cli r = Cli.runJar("standard", "diff", dir.toString(), CURRENT.toString());
        assertThat(r.code()).isEqualTo(ExitCode.INPUT);
        assertThat(r.err()).contains(dir.toString()).contains("not a folder of the standard").doesNotContain("Exception");
    }
}
