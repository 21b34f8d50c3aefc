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

/**
 * A table of the standard saved by a spreadsheet the CSV reader cannot follow: with semicolons (K19), a
 * cell with a stray comma or a broken quote (K20), columns without a name (K21). Each is told in the reader's language, with what to
 * look for, rather than in the parser's English words.
 */
@DisplayName("opdl standard check: a table as a spreadsheet saved it")
class SavedTablesTest {

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

    private void write(List<String> lines) throws IOException {
        Files.write(copy.resolve(TABLE), lines, StandardCharsets.UTF_8);
    }

    @Nested
    @DisplayName("K19: saved with semicolons between the cells, as a spreadsheet set up for French does")
    class Semicolons {

        @BeforeEach
        void saveWithSemicolons() throws IOException {
            // Cells that hold a semicolon are quoted, the others not, as LibreOffice and Excel write them.
            write(lines().stream().map(SavedTablesTest::withSemicolons).toList());
        }

        @Test
        @DisplayName("is one problem at the header row that names the semicolons and how to save with commas, in both languages")
        void told() {
            List<TableProblem> problems = StandardCheck.check(copy);
            assertThat(problems).extracting(p -> p.key() + " " + p.place()).containsExactly("file.semicolons " + TABLE + ":1");
            TableProblem p = problems.get(0);
            assertThat(p.message(Lang.EN)).isEqualTo("the cells of this table are separated by semicolons, as a spreadsheet set up "
                    + "for French saves a CSV; the tool reads commas only, so each row would be read as one cell");
            assertThat(p.fix(Lang.EN)).startsWith("Save the table again with commas between the cells, keeping UTF-8 and the header row")
                    .contains("choose the comma as the field delimiter");
            assertThat(p.message(Lang.FR)).startsWith("les cellules de cette table sont séparées par des points-virgules")
                    .doesNotContain("cells");
            assertThat(p.fix(Lang.FR)).contains("choisissez la virgule comme séparateur de champ");
        }

        @Test
        @DisplayName("stops standard diff from passing the copy as releasable")
        void notReleasable() {
            DiffReport report = StandardDiff.diff(Path.of("..", "standard"), copy);
            assertThat(report.afterProblems()).extracting(TableProblem::key).containsExactly("file.semicolons");
            assertThat(report.releasable()).isFalse();
        }
    }

    @Test
    @DisplayName("K20: a row with a comma outside quotes is told as more cells than columns, in French without a word of English")
    void extraCells() throws IOException {
        List<String> lines = new java.util.ArrayList<>(lines());
        lines.set(2, lines.get(2).replaceFirst(",", ", the lab,"));
        write(lines);
        List<TableProblem> problems = StandardCheck.check(copy);
        assertThat(problems).extracting(p -> p.key() + " " + p.place()).containsExactly("row.extra-cells " + TABLE + ":3");
        assertThat(problems.get(0).message(Lang.EN)).isEqualTo(
                "this row has more cells than the header row has columns, so its cells cannot be matched to their columns");
        assertThat(problems.get(0).fix(Lang.EN)).startsWith("Look for a comma inside a cell of this row");
        assertThat(problems.get(0).message(Lang.FR)).isEqualTo("cette ligne a plus de cellules que la ligne d'en-tête n'a de colonnes, "
                + "si bien que ses cellules ne peuvent pas être associées à leurs colonnes");
    }

    @Test
    @DisplayName("K20: a quoted cell whose closing quote was lost is told by what to look for, not by the parser's character codes")
    void brokenQuote() throws IOException {
        List<String> lines = new java.util.ArrayList<>(lines());
        int row = 3;
        lines.set(row, lines.get(row).replaceFirst("\\.\",", ".,"));
        write(lines);
        List<TableProblem> problems = StandardCheck.check(copy);
        assertThat(problems).extracting(TableProblem::key).containsExactly("file.malformed");
        TableProblem p = problems.get(0);
        assertThat(p.line()).isGreaterThan(row);
        assertThat(p.message(Lang.EN)).isEqualTo("the CSV cannot be read from this line on: a cell that starts with a double quote "
                + "must end with one, just before a comma or the end of the line").doesNotContain("code");
        assertThat(p.fix(Lang.EN)).contains("a double quote inside such a cell is written twice (\"\")");
        assertThat(p.message(Lang.FR)).startsWith("le CSV ne peut pas être lu à partir de cette ligne").doesNotContain("Unexpected");
    }

    @Nested
    @DisplayName("K21: saved with columns without a name after the last one, as a spreadsheet leaves them after cells once used")
    class UnnamedColumns {

        @Test
        @DisplayName("with no cell filled in: one problem at the header row, not one \"column \"\"\" per empty column, and no change")
        void empty() throws IOException {
            write(lines().stream().map(l -> l + ",,").toList());
            List<TableProblem> problems = StandardCheck.check(copy);
            assertThat(problems).extracting(p -> p.key() + " " + p.place()).containsExactly("column.unnamed-empty " + TABLE + ":1");
            assertThat(problems.get(0).message(Lang.EN)).isEqualTo("the header row has columns without a name and no cell filled in "
                    + "under them, as a spreadsheet leaves them after cells once used: nothing would be lost, but every line of the "
                    + "table would change in a plain diff");
            assertThat(problems.get(0).fix(Lang.EN)).isEqualTo(
                    "Delete the columns without a name, after the column \"replaced_by\", in your spreadsheet, then save the table again.");
            assertThat(problems.get(0).fix(Lang.FR)).contains("après la colonne « replaced_by »").doesNotContain("«  »");
            DiffReport report = StandardDiff.diff(Path.of("..", "standard"), copy);
            assertThat(report.changes()).isEmpty();
            assertThat(report.afterProblems()).extracting(TableProblem::key).containsExactly("column.unnamed-empty");
        }

        @Test
        @DisplayName("with a cell filled in: told at the first row that fills one, with its value, as cells left out of the standard")
        void filled() throws IOException {
            List<String> lines = new java.util.ArrayList<>(lines().stream().map(l -> l + ",").toList());
            lines.set(4, lines.get(4) + "see the 2026 call");
            write(lines);
            List<TableProblem> problems = StandardCheck.check(copy);
            assertThat(problems).extracting(p -> p.key() + " " + p.place()).containsExactly("column.unnamed " + TABLE + ":5");
            assertThat(problems.get(0).message(Lang.EN)).isEqualTo(
                    "a column has no name, and this row fills it in with \"see the 2026 call\": its cells would be left out of the standard");
            assertThat(problems.get(0).message(Lang.FR)).isEqualTo(
                    "une colonne n'a pas de nom, et cette ligne y inscrit « see the 2026 call » : ses cellules seraient laissées hors de la norme");
        }
    }

    /** A CSV line written again with semicolons: its cells read with commas, then joined as a spreadsheet set for French joins them. */
    private static String withSemicolons(String line) {
        List<String> cells = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return String.join(";", cells.stream().map(v -> v.contains(";") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v).toList());
    }
}
