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

@DisplayName("K32: opdl standard check of alternative labels that name another concept too, which would make spreadsheet cells name two")
class AltLabelsTest {

    private static final String TABLE = "vocabulary/program-type.csv";
    private static final String MENTORSHIP_EN = "mentoring | mentorship program | one-on-one mentorship | virtual mentorship";
    private static final String MENTORSHIP_FR = "programme de mentorat | mentorat individuel | mentorat virtuel | parrainage professionnel";

    @TempDir
    Path copy;

    @BeforeEach
    void copyTheStandard() throws IOException {
        TableCopies.copy(Path.of("..", "standard"), copy);
    }

    /** Replaces, in the row of {@code code}, the cell {@code old} by {@code now}, as an editor does in a spreadsheet. */
    private void edit(String code, String old, String now) throws IOException {
        Path file = copy.resolve(TABLE);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int at = lines.stream().filter(l -> l.startsWith(code + ",")).findFirst().map(lines::indexOf).orElseThrow();
        String row = lines.get(at);
        assertThat(row).as(code).contains("," + old + ",");
        lines.set(at, row.replace("," + old + ",", "," + now + ","));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** Marks the row of {@code code} deprecated in favour of {@code replacement}: its last two cells. */
    private void retire(String code, String replacement) throws IOException {
        Path file = copy.resolve(TABLE);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int at = lines.stream().filter(l -> l.startsWith(code + ",")).findFirst().map(lines::indexOf).orElseThrow();
        String row = lines.get(at);
        lines.set(at, row.substring(0, row.lastIndexOf(',', row.length() - 2)) + ",true," + replacement);
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private List<String> keys(List<TableProblem> problems) {
        return problems.stream().map(p -> p.key() + " " + p.place()).toList();
    }

    @Test
    @DisplayName("the released tables have no such label")
    void releasedTablesClean() {
        assertThat(StandardCheck.check(copy)).isEmpty();
    }

    @Nested
    @DisplayName("an alternative label that is another concept's label")
    class Taken {

        @Test
        @DisplayName("mentorship given Lab and Laboratoire: each told at its cell, a cell that said Lab would be refused, in both languages")
        void labelOfAConceptInUse() throws IOException {
            edit("mentorship", MENTORSHIP_EN, MENTORSHIP_EN + " | Lab");
            edit("mentorship", MENTORSHIP_FR, MENTORSHIP_FR + " | Laboratoire");
            List<TableProblem> problems = StandardCheck.check(copy);
            assertThat(keys(problems)).containsExactly("concept.alt-label-taken " + TABLE + ":2 [alt_labels_en]",
                    "concept.alt-label-taken " + TABLE + ":2 [alt_labels_fr]");
            assertThat(problems.get(0).message(Lang.EN)).isEqualTo("the alternative label \"Lab\" of \"mentorship\" is also the code or a label"
                    + " of \"lab\": a spreadsheet cell that says \"Lab\", read until now as lab, would name both concepts and be refused");
            assertThat(problems.get(0).fix(Lang.EN)).startsWith("An alternative label leads to one concept: remove \"Lab\" from the alternative labels of mentorship");
            assertThat(problems.get(1).message(Lang.FR)).startsWith("le libellé de rechange « Laboratoire » de « mentorship » est aussi le code ou un libellé de « lab »");
            assertThat(problems.get(1).fix(Lang.FR)).startsWith("Un libellé de rechange mène à un seul concept");
        }

        @Test
        @DisplayName("another concept's code, typed as words (paid placement), is taken too")
        void codeOfAnotherConcept() throws IOException {
            edit("mentorship", MENTORSHIP_EN, MENTORSHIP_EN + " | paid placement");
            assertThat(keys(StandardCheck.check(copy))).containsExactly("concept.alt-label-taken " + TABLE + ":2 [alt_labels_en]");
        }

        @Test
        @DisplayName("two concepts that share an alternative label: told at the second")
        void sharedAlternative() throws IOException {
            edit("lab", "producers lab | producers' lab | project lab | development lab",
                    "producers lab | producers' lab | project lab | development lab | one-on-one mentorship");
            List<TableProblem> problems = StandardCheck.check(copy);
            assertThat(keys(problems)).containsExactly("concept.alt-label-shared " + TABLE + ":5 [alt_labels_en]");
            assertThat(problems.get(0).message(Lang.EN)).contains("is also an alternative label of \"mentorship\"");
        }
    }

    @Nested
    @DisplayName("two concepts merged the way an editor first does it")
    class Merged {

        @Test
        @DisplayName("shadowing retired into mentorship, whose French alternative labels take its label: told at the retired concept's label, which should name it as former")
        void labelMovedToTheReplacement() throws IOException {
            retire("shadowing", "mentorship");
            edit("mentorship", MENTORSHIP_FR, MENTORSHIP_FR + " | Observation en milieu de travail");
            List<TableProblem> problems = StandardCheck.check(copy);
            assertThat(keys(problems)).containsExactly("concept.alt-label-of-former " + TABLE + ":4 [label_fr]");
            assertThat(problems.get(0).fix(Lang.EN)).contains("give shadowing a label that names it as the former concept,"
                    + " such as \"Observation en milieu de travail (former)\"");
            assertThat(problems.get(0).fix(Lang.FR)).contains("« Observation en milieu de travail (ancien) »");
        }

        @Test
        @DisplayName("the retired concept's code among the alternative labels of its replacement: to be removed, as the code reads as the former concept, which migrate replaces")
        void codeMovedToTheReplacement() throws IOException {
            retire("shadowing", "mentorship");
            edit("mentorship", MENTORSHIP_EN, MENTORSHIP_EN + " | Shadowing");
            List<TableProblem> problems = StandardCheck.check(copy);
            assertThat(keys(problems)).containsExactly("concept.alt-label-code-of-former " + TABLE + ":2 [alt_labels_en]");
            assertThat(problems.get(0).fix(Lang.EN)).startsWith("Remove \"Shadowing\" from the alternative labels of mentorship");
            assertThat(problems.get(0).fix(Lang.FR)).startsWith("Retirez « Shadowing » des libellés de rechange de mentorship");
        }

        @Test
        @DisplayName("an alternative label the retired concept keeps, given to its replacement too: told at the retired concept's row")
        void alternativeKeptByTheFormer() throws IOException {
            retire("shadowing", "mentorship");
            edit("mentorship", MENTORSHIP_EN, MENTORSHIP_EN + " | job shadowing");
            List<TableProblem> problems = StandardCheck.check(copy);
            assertThat(keys(problems)).containsExactly("concept.alt-label-shared-with-replacement " + TABLE + ":4 [alt_labels_en]");
            assertThat(problems.get(0).fix(Lang.EN)).isEqualTo("Remove \"job shadowing\" from the alternative labels of shadowing:"
                    + " a cell that says \"job shadowing\" then reads as mentorship.");
        }

        @Test
        @DisplayName("with the retired concept's label named as former, the merge passes")
        void formerLabel() throws IOException {
            retire("shadowing", "mentorship");
            edit("shadowing", "Shadowing,Observation en milieu de travail", "Shadowing (former),Observation en milieu de travail (ancien)");
            edit("mentorship", MENTORSHIP_FR, MENTORSHIP_FR + " | Observation en milieu de travail");
            assertThat(StandardCheck.check(copy)).isEmpty();
        }
    }
}
