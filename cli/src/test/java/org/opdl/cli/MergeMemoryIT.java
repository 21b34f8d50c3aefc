package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opdl.cli.exit.ExitCode;

/**
 * The built jar merging a season too large for the memory it is given (here 5,000 listings of a lab,
 * about 7 MB, in a 24 MB heap, as 40,000 generated listings are in 256 MB): a merge holds every
 * listing it keeps, so the message must not send the data lead to split the input (K10).
 */
@DisplayName("opdl as a process: a merge that runs out of memory")
class MergeMemoryIT {

    private static final List<String> SMALL_HEAP = List.of("-Xmx24m", "-XX:-UsePerfData");

    @TempDir
    Path dir;

    /** One NDJSON file of {@code n} copies of the CFC's Producers Lab, each under an id of its own. */
    private Path season(int n) throws Exception {
        String lab = Files.readString(Path.of(System.getProperty("opdl.root"), "docs/examples/cfc-producers-lab.json"),
                StandardCharsets.UTF_8).replaceAll("\\s*\\n\\s*", " ");
        String id = "\"listing:cfc/producers-lab\"";
        assertThat(lab).contains(id);
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            b.append(lab.replace(id, "\"listing:cfc/producers-lab-" + i + "\"")).append('\n');
        }
        return Files.writeString(dir.resolve("season.ndjson"), b, StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("says to give opdl more memory, not to split the input, in both languages; writes nothing")
    void saysMoreMemory() throws Exception {
        Path in = season(5_000);
        Path out = dir.resolve("merged.json");
        Cli en = Cli.runJarWith(SMALL_HEAP, "merge", in.toString(), "-o", out.toString());
        assertThat(en.code()).as(en.err()).isEqualTo(ExitCode.INPUT);
        assertThat(en.err()).contains("not enough memory to merge these files (")
                .contains("a merge holds every listing it keeps until the dataset is written, so smaller input files would not help")
                .contains("JAVA_TOOL_OPTIONS=-Xmx2g").doesNotContain("split the input").doesNotContain("Exception");
        Cli fr = Cli.runJarWith(SMALL_HEAP, "merge", in.toString(), "-o", out.toString(), "--lang", "fr");
        assertThat(fr.err()).contains("pas assez de mémoire pour fusionner ces fichiers").doesNotContain("divisez l'entrée");
        assertThat(out).doesNotExist();
    }
}
