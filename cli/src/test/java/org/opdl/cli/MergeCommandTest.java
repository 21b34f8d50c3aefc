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
    @DisplayName("refuses an unknown --prefer with exit 2")
    void prefer(@TempDir Path dir) {
        Cli r = Cli.run("merge", EXAMPLES.resolve("dataset.json").toString(), "-o", dir.resolve("x.json").toString(), "--prefer", "last");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("--prefer must be newest or first");
    }
}
