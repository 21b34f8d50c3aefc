package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opdl.cli.exit.ExitCode;

@DisplayName("opdl merge")
class MergeCommandTest {

    private static final Path ROOT = Path.of(System.getProperty("opdl.root", ".."));
    private static final Path EXAMPLES = ROOT.resolve("docs/examples");

    @Test
    @DisplayName("merges JSON and CSV into one dataset, and reports the same id in both with what was kept")
    void mixed(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("season.json");
        Cli r = Cli.run("merge", EXAMPLES.resolve("dataset.json").toString(), EXAMPLES.resolve("cmpa-wide-lens.csv").toString(),
                EXAMPLES.resolve("hot-docs-incubator.json").toString(), "-o", out.toString());
        assertThat(r.code()).isEqualTo(ExitCode.OK);
        assertThat(r.err()).contains("same-id: the id listing:cmpa/wide-lens").contains("dropped").contains("1 dropped");
        String merged = Files.readString(out);
        assertThat(merged).contains("\"standardVersion\"").contains("listing:hot-docs/doc-incubator");
        assertThat(Cli.run("validate", out.toString()).code()).isEqualTo(ExitCode.OK);
    }

    @Test
    @DisplayName("H6: a cell a reader leaves out (an unreadable number of places) stops the merge, named, with nothing written")
    void leftOutCell(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("spira.csv"), "Listing ID,Title (fr),Places\r\n"
                + "listing:spira/mentorat,Mentorat Spira,environ 8\r\n");
        Path out = dir.resolve("saison.json");
        Cli r = Cli.run("merge", EXAMPLES.resolve("dataset.json").toString(), csv.toString(), "-o", out.toString());
        assertThat(r.code()).isEqualTo(ExitCode.INPUT);
        assertThat(r.err()).contains("opdl.csv.unreadable").contains("spira.csv: row 2, column \"Places\"")
                .contains("nothing was written (1 such error(s) in all)").doesNotContain("written to");
        assertThat(out).doesNotExist();
        assertThat(Cli.run("merge", csv.toString(), "-o", out.toString(), "--lang", "fr").err()).contains("rien n'a été écrit");
    }

    @Test
    @DisplayName("refuses an unknown --prefer with exit 2")
    void prefer(@TempDir Path dir) {
        Cli r = Cli.run("merge", EXAMPLES.resolve("dataset.json").toString(), "-o", dir.resolve("x.json").toString(), "--prefer", "last");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("--prefer must be newest or first");
    }
}
