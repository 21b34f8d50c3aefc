package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opdl.cli.exit.ExitCode;

/**
 * The built jar merging a season too large to hold in the memory it is given (here 5,000 listings of a
 * lab, about 7 MB, in a 40 MB heap, as 40,000 generated listings are in 256 MB): with {@code --prefer
 * first} the merge writes each listing as it reads it and holds none (K13); {@code --prefer newest}
 * holds every listing it keeps, so its message must not send the data lead to split the input (K10). Its
 * findings are printed as they are found, so a season of conflicts holds none of them either (K17).
 */
@DisplayName("opdl as a process: a merge that runs out of memory")
class MergeMemoryIT {

    /**
     * A heap too small to hold the season but ample for a merge that streams it. The collector and
     * the processors are fixed, as the heap's usable part and a reader's batches in flight (one per
     * worker, at most four workers) vary with them from one machine to another.
     */
    private static final List<String> SMALL_HEAP =
            List.of("-Xmx40m", "-XX:+UseSerialGC", "-XX:ActiveProcessorCount=4", "-XX:-UsePerfData");

    /** A heap about half what holding the season takes, with the collector that gives up soonest when it is full. */
    private static final List<String> SHORT_HEAP = List.of("-Xmx32m", "-XX:+UseG1GC", "-XX:-UsePerfData");

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
    @DisplayName("K13: with --prefer first the same season merges in the same heap into NDJSON and JSON, every listing written once")
    void firstStreams() throws Exception {
        Path in = season(5_000);
        Path lines = dir.resolve("merged.ndjson");
        Cli ndjson = Cli.runJarWith(SMALL_HEAP, "merge", in.toString(), "-o", lines.toString());
        assertThat(ndjson.code()).as(ndjson.err()).isEqualTo(ExitCode.OK);
        assertThat(ndjson.err()).contains("5,000 listings read, 5,000 kept");
        List<String> written = Files.readAllLines(lines, StandardCharsets.UTF_8);
        assertThat(written).hasSize(5_000);
        assertThat(written.get(0)).contains("\"listing:cfc/producers-lab-1\"");
        assertThat(written.get(4_999)).contains("\"listing:cfc/producers-lab-5000\"");
        Path again = Files.write(dir.resolve("resubmitted.ndjson"), Files.readAllLines(in, StandardCharsets.UTF_8).subList(0, 100),
                StandardCharsets.UTF_8);
        Path json = dir.resolve("merged.json");
        Cli array = Cli.runJarWith(SMALL_HEAP, "merge", in.toString(), again.toString(), "-o", json.toString());
        assertThat(array.code()).as(array.err()).isEqualTo(ExitCode.OK);
        assertThat(array.err()).contains("5,100 listings read, 5,000 kept, 100 dropped");
        assertThat(Files.readString(json, StandardCharsets.UTF_8)).contains("\"listing:cfc/producers-lab-5000\"");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("season.ndjson", "resubmitted.ndjson", "merged.ndjson", "merged.json");
        }
    }

    @Test
    @DisplayName("K17: the same season given twice merges in the same heap, each of its 10,000 findings printed as it is found")
    void findingsStream() throws Exception {
        Path in = season(5_000);
        Path again = Files.copy(in, dir.resolve("resubmitted.ndjson"));
        Path out = dir.resolve("merged.ndjson");
        Cli r = Cli.runJarWith(SMALL_HEAP, "merge", in.toString(), again.toString(), "-o", out.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.err()).contains("10,000 listings read, 5,000 kept, 5,000 dropped, 9,999 findings; written to " + out)
                .doesNotContain("memory");
        assertThat(r.errLines().stream().filter(l -> l.startsWith("opdl: same id: "))).hasSize(5_000)
                .last().asString().contains("resubmitted.ndjson listing 5000");
        assertThat(r.errLines().stream().filter(l -> l.startsWith("opdl: look-alike listings: "))).hasSize(4_999);
        assertThat(Files.readAllLines(out, StandardCharsets.UTF_8)).hasSize(5_000);
    }

    @Test
    @DisplayName("with --prefer newest, which holds every listing kept, says to give opdl more memory or merge with --prefer first, not to split the input, in both languages; writes nothing")
    void saysMoreMemory() throws Exception {
        Path in = season(5_000);
        Path out = dir.resolve("merged.json");
        Cli en = Cli.runJarWith(SHORT_HEAP, "merge", in.toString(), "-o", out.toString(), "--prefer", "newest");
        assertThat(en.code()).as(en.err()).isEqualTo(ExitCode.INPUT);
        assertThat(en.err()).contains("not enough memory to merge these files (")
                .contains("holds every listing it keeps until the dataset is written, so smaller input files would not help")
                .contains("merge with --prefer first into JSON, NDJSON, CSV or N-Triples")
                .contains("JAVA_TOOL_OPTIONS=-Xmx2g").doesNotContain("split the input").doesNotContain("Exception");
        Cli fr = Cli.runJarWith(SHORT_HEAP, "merge", in.toString(), "-o", out.toString(), "--prefer", "newest", "--lang", "fr");
        assertThat(fr.err()).contains("pas assez de mémoire pour fusionner ces fichiers").contains("fusionnez avec --prefer first")
                .doesNotContain("divisez l'entrée");
        assertThat(out).doesNotExist();
    }

    @Test
    @DisplayName("on a machine of many processors, whose reading threads run out of memory as well, the message is the same, with no thread's stack trace and no internal error")
    void manyProcessors() throws Exception {
        Path in = season(5_000);
        Path out = dir.resolve("merged.json");
        for (int processors : new int[] {8, 16, 16}) {
            List<String> options = new ArrayList<>(SHORT_HEAP);
            options.add("-XX:ActiveProcessorCount=" + processors);
            Cli r = Cli.runJarWith(options, "merge", in.toString(), "-o", out.toString(), "--prefer", "newest");
            List<String> said = r.errLines().stream().filter(l -> !l.startsWith("opdl: look-alike listings: ")).toList();
            assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.INPUT);
            assertThat(said).as("%d processors", processors).hasSize(1).first().asString()
                    .startsWith("opdl: not enough memory to merge these files (");
        }
        assertThat(out).doesNotExist();
    }
}
