package org.opdl.model.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opdl.model.text.Lang;

@DisplayName("opdl standard check: a scheme added to schemes.csv (K16)")
class NewSchemeTest {

    private static final String ROW = "work-format,0.1.0,false,Work format,Format de l'œuvre,"
            + "The format of the work a program develops.,Le format de l'œuvre qu'un programme développe.\n";

    @TempDir
    Path copy;

    @BeforeEach
    void copyTheStandard() throws IOException {
        TableCopies.copy(Path.of("..", "standard"), copy);
        Files.writeString(copy.resolve("vocabulary/schemes.csv"), ROW, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    @Test
    @DisplayName("without its table: told at the scheme's row, with the header row to give the new table, not \"restore it from the released standard\"")
    void withoutItsTable() throws IOException {
        List<TableProblem> problems = StandardCheck.check(copy);
        int line = Files.readAllLines(copy.resolve("vocabulary/schemes.csv"), StandardCharsets.UTF_8).size();
        assertThat(problems).extracting(p -> p.key() + " " + p.place())
                .containsExactly("scheme.no-table vocabulary/schemes.csv:" + line + " [scheme]");
        assertThat(problems.get(0).message(Lang.EN)).isEqualTo(
                "the scheme \"work-format\" has no table: vocabulary/work-format.csv is missing, so the scheme would have no concept");
        assertThat(problems.get(0).fix(Lang.EN)).startsWith("Add vocabulary/work-format.csv, UTF-8, with the header row of the other "
                + "vocabulary tables (code,label_en,label_fr,definition_en,definition_fr,alt_labels_en,alt_labels_fr,broader,exact_match,"
                + "close_match,deprecated,replaced_by) and a row per concept").doesNotStartWith("Restore");
        assertThat(problems.get(0).message(Lang.FR)).isEqualTo("le vocabulaire « work-format » n'a pas de table : "
                + "vocabulary/work-format.csv est absent, si bien que le vocabulaire n'aurait aucun concept");
        assertThat(problems.get(0).fix(Lang.FR)).startsWith("Ajoutez vocabulary/work-format.csv, en UTF-8");
    }

    @Test
    @DisplayName("with its table, whose header row is that of the others: no problem")
    void withItsTable() throws IOException {
        String header = Files.readAllLines(copy.resolve("vocabulary/program-type.csv"), StandardCharsets.UTF_8).get(0);
        Files.writeString(copy.resolve("vocabulary/work-format.csv"), header + "\n"
                + "feature-film,Feature film,Long métrage,A fiction or documentary film of 75 minutes or more.,"
                + "Un film de fiction ou documentaire de 75 minutes ou plus.,,,,,,,\n", StandardCharsets.UTF_8);
        assertThat(StandardCheck.check(copy)).isEmpty();
    }
}
