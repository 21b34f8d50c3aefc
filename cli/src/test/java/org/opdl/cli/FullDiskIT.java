package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opdl.cli.exit.ExitCode;

/**
 * The built jar writing a season's dataset to a disk that fills part way (the process limited to
 * 64 KiB a file, as {@code ulimit -f 64} does): the failure is the output's, told in plain words,
 * and nothing is left behind (K4, K5, K27, B39).
 */
@DisplayName("opdl as a process: a disk that fills while a dataset is written")
class FullDiskIT {

    private static final List<String> LIMITED = List.of("bash", "-c", "ulimit -f 64 && exec \"$0\" \"$@\"");
    private static final List<String> JVM = List.of("-XX:-UsePerfData", "-Xshare:off");

    @TempDir
    Path dir;

    /** A JSON array of {@code n} listings of a real-looking lab, about 200 bytes each. */
    private Path season(int n) throws Exception {
        Path in = OutputSafetyIT.listings(dir, n);
        List<String> lines = Files.readAllLines(in, StandardCharsets.UTF_8);
        Files.delete(in);
        Path json = dir.resolve("season.json");
        Files.writeString(json, "[" + String.join(",\n", lines) + "]\n", StandardCharsets.UTF_8);
        return json;
    }

    private List<String> names() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    @DisplayName("convert and migrate of a JSON file: \"cannot convert … No space left\" or \"File too large\", never \"season.json: line 1: the file is not valid JSON\" (K4)")
    void jsonInputIsNotBlamed() throws Exception {
        Path in = season(3_000);
        for (String format : List.of("json", "ndjson", "csv")) {
            Cli r = Cli.runJar(LIMITED, JVM, Map.of(), "convert", in.toString(), "--to", format,
                    "-o", dir.resolve("out." + format).toString());
            assertThat(r.code()).as(format + ": " + r.err()).isEqualTo(ExitCode.INPUT);
            assertThat(r.err()).as(format).contains("cannot convert").contains("nothing was written")
                    .doesNotContain("not valid JSON").doesNotContain("internal error");
        }
        assertThat(names()).containsExactly("season.json");
    }

    @Test
    @DisplayName("merge: \"cannot write the merged dataset to … nothing was written\", exit 3, never \"internal error: JacksonIOException\" (K5)")
    void mergeToAFullDisk() throws Exception {
        Path in = season(3_000);
        Path out = dir.resolve("merged.json");
        Cli r = Cli.runJar(LIMITED, JVM, Map.of(), "merge", in.toString(), "-o", out.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.INPUT);
        assertThat(r.err()).contains("cannot write the merged dataset to " + out).contains("nothing was written")
                .doesNotContain("internal error").doesNotContain("Exception");
        assertThat(names()).containsExactly("season.json");
        Cli fr = Cli.runJar(LIMITED, JVM, Map.of(), "merge", in.toString(), "-o", out.toString(), "--lang", "fr");
        assertThat(fr.err()).contains("impossible d'écrire le jeu de données fusionné").contains("rien n'a été écrit");
    }

    @Test
    @DisplayName("K27: report and the CSV template to a full disk: \"cannot write … nothing was written\", exit 3, never \"internal error\"")
    void reportAndTemplate() throws Exception {
        // 4 KiB a file: the CMPA dataset's report (about 48 KB) and the CSV template (about 5 KB) pass it part way.
        List<String> limited = List.of("bash", "-c", "ulimit -f 4 && exec \"$0\" \"$@\"");
        Path dataset = Path.of(System.getProperty("opdl.root"), "docs/examples/dataset.json");
        Path report = dir.resolve("landscape.html");
        Cli r = Cli.runJar(limited, JVM, Map.of(), "report", dataset.toString(), "-o", report.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.INPUT);
        assertThat(r.err()).contains("cannot write " + report + ": ").contains("nothing was written, and an earlier file of that name is as it was")
                .doesNotContain("internal error").doesNotContain("Exception");
        Path template = dir.resolve("listings.csv");
        Cli t = Cli.runJar(limited, JVM, Map.of(), "template", "-o", template.toString(), "--lang", "fr");
        assertThat(t.code()).as(t.err()).isEqualTo(ExitCode.INPUT);
        assertThat(t.err()).contains("impossible d'écrire " + template + " : ").contains("rien n'a été écrit")
                .doesNotContain("erreur interne");
        assertThat(names()).isEmpty();
    }

    @Test
    @DisplayName("B39: the workbook template under a limit on the size of files: \"cannot write listings.xlsx\", exit 3, never \"internal error: OpenXML4JRuntimeException\"")
    void workbookTemplate() throws Exception {
        // Before, a limit of 8 to 32 KiB a file (8 and 24 tried here) stopped the library's own temporary copy of the workbook (about 49 KB),
        // whose failure it swallowed, saying only "Fail to save: … The part /xl/workbook.xml failed to be saved".
        Path template = dir.resolve("listings.xlsx");
        for (int kib : List.of(8, 24)) {
            List<String> limited = List.of("bash", "-c", "ulimit -f " + kib + " && exec \"$0\" \"$@\"");
            Cli t = Cli.runJar(limited, JVM, Map.of(), "template", "-o", template.toString(), "--lang", "fr");
            assertThat(t.code()).as(kib + " KiB: " + t.err()).isEqualTo(ExitCode.INPUT);
            assertThat(t.err()).as(kib + " KiB").contains("impossible d'écrire " + template + " : ").contains("rien n'a été écrit")
                    .doesNotContain("erreur interne").doesNotContain("Exception");
            assertThat(names()).as(kib + " KiB").isEmpty();
        }
        Cli whole = Cli.runJar(List.of(), JVM, Map.of(), "template", "-o", template.toString());
        assertThat(whole.code()).as(whole.err()).isEqualTo(ExitCode.OK);
        assertThat(names()).containsExactly("listings.xlsx");
    }

    @Test
    @DisplayName("B42: in a French run, a file larger than the system allows is said in French, the system's English words kept as a detail in « »")
    void reasonInFrench() throws Exception {
        Path in = season(3_000);
        Path out = dir.resolve("saison.ttl");
        Cli fr = Cli.runJar(LIMITED, JVM, Map.of(), "convert", in.toString(), "-o", out.toString(), "--lang", "fr");
        assertThat(fr.code()).as(fr.err()).isEqualTo(ExitCode.INPUT);
        assertThat(fr.err()).isEqualTo("opdl : impossible de convertir " + in + " vers " + out + " : le fichier dépasse la taille "
                + "que le système permet à ce programme d'écrire, une limite que fixe ulimit -f (le système dit « File too large »); "
                + "rien n'a été écrit\n");
        Path merged = dir.resolve("fusion.json");
        Cli merge = Cli.runJar(LIMITED, JVM, Map.of(), "merge", in.toString(), "-o", merged.toString(), "--lang", "fr");
        assertThat(merge.err()).contains("le fichier dépasse la taille").contains("(le système dit « File too large »)");
        Cli en = Cli.runJar(LIMITED, JVM, Map.of(), "migrate", in.toString(), "-o", merged.toString());
        assertThat(en.err()).contains(": the file is larger than the system lets this program write, a limit that ulimit -f sets "
                + "(the system says \"File too large\"); nothing was written");
        assertThat(names()).containsExactly("season.json");
    }
}
