package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opdl.cli.exit.ExitCode;

@DisplayName("The template's example row")
class TemplateExampleTest {

    @Test
    @DisplayName("gives no finding at all on the day it is written")
    void englishIsClean(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("listings.csv");
        assertThat(Cli.run("template", "-o", csv.toString()).code()).isEqualTo(ExitCode.OK);
        Cli r = Cli.run("validate", csv.toString());
        assertThat(r.code()).as(r.out()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("Summary: 0 errors, 0 warnings, 0 info in 1 listing");
    }

    @Test
    @DisplayName("in French, holds French labels rather than English codes, and gives no warning")
    void frenchLabels(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("fiches.csv");
        assertThat(Cli.run("template", "--lang", "fr", "-o", csv.toString()).code()).isEqualTo(ExitCode.OK);
        String text = Files.readString(csv);
        assertThat(text).contains("Mentorat").contains("Hybride").contains("anglais | français").doesNotContain(",hybrid,")
                .doesNotContain(",mentorship,");
        Cli r = Cli.run("validate", "--lang", "fr", csv.toString());
        assertThat(r.code()).as(r.out()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("0 erreur").contains(" 0 avertissement");
    }
}
