package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
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
}
