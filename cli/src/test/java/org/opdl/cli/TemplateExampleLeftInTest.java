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

@DisplayName("The template's example row left above a coordinator's own rows")
class TemplateExampleLeftInTest {

    private static final String EXAMPLE_ID = "listing:northern-screen-lab/producer-mentorship-2026";

    /** The template with one more row: the example's cells under the coordinator's own id and provider. */
    private static Path templateWithOwnRow(Path dir, String lang) throws Exception {
        Path csv = dir.resolve("listings.csv");
        assertThat(Cli.run("template", "--lang", lang, "-o", csv.toString()).code()).isEqualTo(ExitCode.OK);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        String own = lines.get(1).replace(EXAMPLE_ID, "listing:bso/marketing-mentorship")
                .replace("provider:northern-screen-lab", "provider:bso");
        assertThat(own).doesNotContain(EXAMPLE_ID);
        Files.writeString(csv, String.join("\n", lines) + "\n" + own + "\n", StandardCharsets.UTF_8);
        return csv;
    }

    @Test
    @DisplayName("is an error that names the example's row and says to delete it, in English")
    void english(@TempDir Path dir) throws Exception {
        Cli r = Cli.run("validate", templateWithOwnRow(dir, "en").toString());
        assertThat(r.code()).as(r.out()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.out()).contains("opdl.identity.template-example")
                .contains("The template's example `" + EXAMPLE_ID + "` is still in the dataset, as listing 1 in row 2.")
                .contains("Delete the example's row");
    }

    @Test
    @DisplayName("is an error that names the example's row and says to delete it, in French")
    void french(@TempDir Path dir) throws Exception {
        Cli r = Cli.run("validate", "--lang", "fr", templateWithOwnRow(dir, "fr").toString());
        assertThat(r.code()).as(r.out()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.out()).contains("L'exemple du modèle « " + EXAMPLE_ID + " » est encore dans le jeu de données : c'est la fiche 1, à la rangée 2.")
                .contains("Supprimez la rangée de l'exemple");
    }
}
