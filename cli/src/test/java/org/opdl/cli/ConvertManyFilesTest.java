package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opdl.cli.exit.ExitCode;

@DisplayName("opdl convert of several files into one")
class ConvertManyFilesTest {

    private static final Path DATA = Path.of(System.getProperty("opdl.root", "..")).resolve("docs/data");

    @Test
    @DisplayName("V9: files whose dataset fields differ are refused with the file named once, no empty place, in both languages")
    void datasetFieldsDiffer() {
        String csv = DATA.resolve("programs-0.2.csv").toString();
        String json = DATA.resolve("programs-0.2.json").toString();
        Cli r = Cli.run("convert", csv, json, "--to", "ndjson", "-o", "-");
        assertThat(r.code()).isEqualTo(ExitCode.INPUT);
        assertThat(r.err()).contains(json + ": the dataset fields of " + json + " differ from those of " + csv)
                .doesNotContain(json + ": : ");
        assertThat(r.out()).isEmpty();
        Cli fr = Cli.run("convert", csv, json, "--to", "ndjson", "-o", "-", "--lang", "fr");
        assertThat(fr.err()).contains(json + " : les champs du jeu de données").doesNotContain(json + " :  : ");
    }

    @Test
    @DisplayName("B2: the same listing in two files is refused at the second, naming the first, for every format, nothing written")
    void sameListingInTwoFiles(@TempDir Path dir) throws Exception {
        Path examples = DATA.resolveSibling("examples");
        Path spring = dir.resolve("spring.json");
        Path autumn = dir.resolve("autumn.json");
        Files.copy(examples.resolve("cmpa-wide-lens.json"), spring);
        Files.copy(examples.resolve("cmpa-wide-lens.json"), autumn);
        for (String to : new String[] {"json", "ndjson", "csv", "ttl"}) {
            Path out = dir.resolve("joined." + to);
            Cli r = Cli.run("convert", spring.toString(), autumn.toString(), "--to", to, "-o", out.toString());
            assertThat(r.code()).as(to).isEqualTo(ExitCode.INPUT);
            assertThat(r.err()).as(to).contains(autumn + ": line ")
                    .contains("the listing listing:cmpa/wide-lens is also in " + spring + ", and one dataset cannot hold a listing twice")
                    .contains("opdl merge");
            assertThat(out).as(to).doesNotExist();
        }
        Cli fr = Cli.run("convert", spring.toString(), autumn.toString(), "--to", "json", "-o", "-", "--lang", "fr");
        assertThat(fr.err()).contains("la fiche listing:cmpa/wide-lens est aussi dans " + spring);
        Path other = dir.resolve("prime-time.json");
        Files.copy(examples.resolve("cmpa-prime-time.json"), other);
        assertThat(Cli.run("convert", spring.toString(), other.toString(), "--to", "json", "-o", "-").code()).isEqualTo(ExitCode.OK);
    }
}
