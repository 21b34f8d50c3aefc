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

@DisplayName("K35: opdl standard check of a concept's row given twice: told once, at the second row")
class DuplicateRowTest {

    private static final String TABLE = "vocabulary/program-type.csv";

    @TempDir
    Path copy;

    @BeforeEach
    void copyTheStandard() throws IOException {
        TableCopies.copy(Path.of("..", "standard"), copy);
    }

    private List<String> lines() throws IOException {
        return Files.readAllLines(copy.resolve(TABLE), StandardCharsets.UTF_8);
    }

    private void append(String row) throws IOException {
        List<String> lines = lines();
        lines.add(row);
        Files.write(copy.resolve(TABLE), lines, StandardCharsets.UTF_8);
    }

    private String row(String code) throws IOException {
        return lines().stream().filter(l -> l.startsWith(code + ",")).findFirst().orElseThrow();
    }

    private static List<String> keys(List<TableProblem> problems) {
        return problems.stream().map(p -> p.key() + " " + p.place()).toList();
    }

    @Nested
    @DisplayName("the row of lab pasted again at the end of the table, as a spreadsheet's copy and paste leaves it")
    class Pasted {

        @Test
        @DisplayName("one problem at the pasted row, naming the row it repeats, where there were three (the code and each label)")
        void onceAtTheRow() throws IOException {
            append(row("lab"));
            List<TableProblem> problems = StandardCheck.check(copy);
            assertThat(keys(problems)).containsExactly("concept.duplicate-row " + TABLE + ":25");
            assertThat(problems.get(0).message(Lang.EN)).isEqualTo("this row repeats line 5 cell for cell, as a row pasted twice:"
                    + " the concept \"lab\" would be given twice");
            assertThat(problems.get(0).fix(Lang.EN)).isEqualTo("Delete this row: the concept lab stays as line 5 gives it.");
            assertThat(problems.get(0).message(Lang.FR)).isEqualTo("cette ligne répète la ligne 5 cellule par cellule, comme une"
                    + " ligne collée deux fois : le concept « lab » serait donné deux fois");
        }

        @Test
        @DisplayName("opdl standard diff does not pass the copy, and counts no change for the row")
        void diff() throws IOException {
            append(row("lab"));
            DiffReport report = StandardDiff.diff(Path.of("..", "standard"), copy);
            assertThat(report.afterProblems()).extracting(TableProblem::key).containsExactly("concept.duplicate-row");
            assertThat(report.releasable()).isFalse();
        }
    }

    @Test
    @DisplayName("a second row of one code that differs is the code used twice, told at its code alone, not at labels it shares with itself")
    void differentRow() throws IOException {
        append(row("lab").replace("An intensive, cohort-based program", "An intensive program"));
        List<TableProblem> problems = StandardCheck.check(copy);
        assertThat(keys(problems)).containsExactly("concept.duplicate-code " + TABLE + ":25 [code]");
        assertThat(problems.get(0).message(Lang.EN)).isEqualTo("the code \"lab\" is used twice in this scheme");
    }

    @Test
    @DisplayName("two codes with one label are still told at the label")
    void twoCodesOneLabel() throws IOException {
        append(row("lab").replaceFirst("^lab,", "story-lab,").replace(",Laboratoire,", ",Laboratoire de récit,")
                .replace("producers lab | producers' lab | project lab | development lab", "")
                .replace("labo | laboratoire de création | laboratoire de développement", ""));
        assertThat(keys(StandardCheck.check(copy))).containsExactly("concept.duplicate-label " + TABLE + ":25 [label_en]");
    }
}
