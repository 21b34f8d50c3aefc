package org.opdl.model.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opdl.model.text.Lang;

@DisplayName("K33: opdl standard check tells once, naming them all, the labels a deprecated concept shares with its replacement")
class FormerLabelsTest {

    private static final String TABLE = "vocabulary/program-type.csv";
    private static final String LAB_ALT_EN = "producers lab | producers' lab | project lab | development lab";
    private static final String LAB_ALT_FR = "labo | laboratoire de création | laboratoire de développement";
    private static final String LAB_ALT = LAB_ALT_EN + " | " + LAB_ALT_FR;

    @TempDir
    Path copy;

    @BeforeEach
    void copyTheStandard() throws IOException {
        TableCopies.copy(Path.of("..", "standard"), copy);
    }

    private List<String> lines() throws IOException {
        return Files.readAllLines(copy.resolve(TABLE), StandardCharsets.UTF_8);
    }

    private String row(String code) throws IOException {
        return lines().stream().filter(l -> l.startsWith(code + ",")).findFirst().orElseThrow();
    }

    /** Replaces the row of {@code code} by {@code now}, as an editor does in a spreadsheet. */
    private void replaceRow(String code, String now) throws IOException {
        List<String> lines = lines();
        lines.set(lines.indexOf(row(code)), now);
        Files.write(copy.resolve(TABLE), lines, StandardCharsets.UTF_8);
    }

    /** Adds a row at the end of the table. */
    private void append(String row) throws IOException {
        List<String> lines = lines();
        lines.add(row);
        Files.write(copy.resolve(TABLE), lines, StandardCharsets.UTF_8);
    }

    /** The row with its last two cells, deprecated and replaced_by, set to retire it for {@code replacement}. */
    private static String retired(String row, String replacement) {
        return row.substring(0, row.lastIndexOf(',', row.length() - 2)) + ",true," + replacement;
    }

    private static List<String> keys(List<TableProblem> problems) {
        return problems.stream().map(p -> p.key() + " " + p.place()).toList();
    }

    @Nested
    @DisplayName("lab renamed creative-lab by copying its row, the old row deprecated in favour of the new")
    class CopiedRow {

        private List<TableProblem> problems;

        @BeforeEach
        void rename() throws IOException {
            String lab = row("lab");
            append("creative-lab" + lab.substring("lab".length()));
            replaceRow("lab", retired(lab, "creative-lab"));
            problems = StandardCheck.check(copy);
        }

        @Test
        @DisplayName("one problem at the deprecated row, where there were nine, naming its two labels and seven alternative labels")
        void oneProblem() {
            assertThat(keys(problems)).containsExactly("concept.copied-labels-of-former " + TABLE + ":5 [label_en]");
            assertThat(problems.get(0).message(Lang.EN)).isEqualTo("the deprecated concept \"lab\" shares 9 labels with"
                    + " \"creative-lab\", which replaces it, as a row copied to rename a code does: \"Lab | Laboratoire | "
                    + LAB_ALT + "\"; a spreadsheet cell that says one of them would name both concepts");
            assertThat(problems.get(0).fix(Lang.EN)).isEqualTo("A label leads to one concept: keep them all for creative-lab;"
                    + " give lab labels that name it as the former concept, such as \"Lab (former)\", and remove \"" + LAB_ALT
                    + "\" from its alternative labels; a spreadsheet cell that says one of them then reads as creative-lab.");
        }

        @Test
        @DisplayName("in French, with « » around what the tool says")
        void french() {
            assertThat(problems.get(0).message(Lang.FR)).isEqualTo("le concept obsolète « lab » a 9 libellés en commun avec"
                    + " « creative-lab », qui le remplace, comme en laisse une ligne copiée pour renommer un code : « Lab | Laboratoire | "
                    + LAB_ALT + " »; une cellule de tableur qui dit l'un d'eux nommerait les deux concepts");
            assertThat(problems.get(0).fix(Lang.FR)).startsWith("Un libellé mène à un seul concept : gardez-les tous pour"
                    + " creative-lab; donnez à lab des libellés qui le présentent comme l'ancien concept, par exemple « Lab (ancien) »");
        }

        @Test
        @DisplayName("with the fix done, the labels named as former and the alternative labels emptied, the rename passes")
        void fixed() throws IOException {
            replaceRow("lab", row("lab").replace("lab,Lab,Laboratoire,", "lab,Lab (former),Laboratoire (ancien),")
                    .replace("," + LAB_ALT_EN + "," + LAB_ALT_FR + ",", ",,,"));
            assertThat(StandardCheck.check(copy)).isEmpty();
        }
    }

    @Nested
    @DisplayName("a deprecated concept sharing only labels, or only alternative labels, with its replacement")
    class OneKind {

        @Test
        @DisplayName("a row copied without its alternative labels: its two labels in one problem")
        void labelsOnly() throws IOException {
            String bare = row("lab").replace("," + LAB_ALT_EN + "," + LAB_ALT_FR + ",", ",,,");
            append("creative-lab" + bare.substring("lab".length()));
            replaceRow("lab", retired(bare, "creative-lab"));
            List<TableProblem> problems = StandardCheck.check(copy);
            assertThat(keys(problems)).containsExactly("concept.labels-of-former " + TABLE + ":5 [label_en]");
            assertThat(problems.get(0).message(Lang.EN)).isEqualTo("the labels \"Lab | Laboratoire\" of \"lab\", which is"
                    + " deprecated, are also the labels of \"creative-lab\", which replaces it");
            assertThat(problems.get(0).message(Lang.FR)).isEqualTo("les libellés « Lab | Laboratoire » de « lab », un concept"
                    + " obsolète, sont aussi ceux de « creative-lab », qui le remplace");
        }

        @Test
        @DisplayName("shadowing merged into mentorship, which takes both its alternative labels: one problem to remove them from shadowing")
        void alternativeLabelsOnly() throws IOException {
            replaceRow("shadowing", retired(row("shadowing"), "mentorship"));
            String mentorship = row("mentorship");
            replaceRow("mentorship", mentorship.replace("virtual mentorship,", "virtual mentorship | job shadowing | observership,"));
            List<TableProblem> problems = StandardCheck.check(copy);
            assertThat(keys(problems)).containsExactly("concept.alt-labels-shared-with-replacement " + TABLE + ":4 [alt_labels_en]");
            assertThat(problems.get(0).message(Lang.EN)).isEqualTo("the alternative labels \"job shadowing | observership\" of"
                    + " \"shadowing\", which is deprecated, are also alternative labels of \"mentorship\", which replaces it:"
                    + " a spreadsheet cell that says one of them would name both concepts and be refused");
            assertThat(problems.get(0).fix(Lang.FR)).isEqualTo("Retirez « job shadowing | observership » des libellés de rechange"
                    + " de shadowing : une cellule qui dit l'un d'eux se lit alors comme mentorship.");
        }

        @Test
        @DisplayName("one label shared is told as before, by itself")
        void oneLabel() throws IOException {
            replaceRow("shadowing", retired(row("shadowing"), "mentorship"));
            replaceRow("mentorship", row("mentorship").replace("virtual mentorship,", "virtual mentorship | observership,"));
            assertThat(keys(StandardCheck.check(copy)))
                    .containsExactly("concept.alt-label-shared-with-replacement " + TABLE + ":4 [alt_labels_en]");
        }
    }
}
