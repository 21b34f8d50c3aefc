package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.cli.exit.ExitCode;

@DisplayName("a workbook asked for on standard output (-o -), which carries text")
class WorkbookStdoutTest {

    private static final Path ROOT = Path.of(System.getProperty("opdl.root", ".."));
    private static final String SAMPLE = ROOT.resolve("docs/data/programs-0.2.json").toString();

    @Test
    @DisplayName("V6: template, convert and migrate refuse it with exit 3 and print none of it, in both languages")
    void refused() {
        String old = ROOT.resolve("schema/src/test/resources/org/opdl/schema/migrate/v0.1/dataset.json").toString();
        for (String[] args : new String[][] {
                {"template", "--to", "xlsx", "-o", "-"},
                {"convert", SAMPLE, "--to", "xlsx", "-o", "-"},
                {"migrate", old, "--to", "xlsx"}}) {
            Cli r = Cli.run(args);
            assertThat(r.code()).as(args[0]).isEqualTo(ExitCode.INPUT);
            assertThat(r.err()).as(args[0]).contains("a workbook (xlsx) cannot be written to standard output")
                    .contains("give -o FILE.xlsx").doesNotContain("internal error").doesNotContain("Input length");
            assertThat(r.out()).as(args[0]).isEmpty();
        }
        Cli fr = Cli.run("template", "--to", "xlsx", "-o", "-", "--lang", "fr");
        assertThat(fr.err()).contains("un classeur (xlsx) ne peut pas s'écrire sur la sortie standard");
    }
}
