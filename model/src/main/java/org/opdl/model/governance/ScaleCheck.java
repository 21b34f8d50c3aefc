package org.opdl.model.governance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.opdl.model.data.DataTable;

/**
 * Checks the career-stage tables: the thresholds name every stage of the scheme in its order, with
 * whole-number minimums; the first stage asks for nothing and each later one asks for more than every
 * stage before it in at least one figure (the figures can trade off: one credit may come before any
 * completed work); every crosswalk entry names stages that exist, in English or French, once.
 */
final class ScaleCheck {

    private static final String[] FIGURES = {"min_completed_works", "min_professional_credits", "min_years_practice"};

    private final StandardTables tables;
    private final List<TableProblem> problems;

    ScaleCheck(StandardTables tables, List<TableProblem> problems) {
        this.tables = tables;
        this.problems = problems;
    }

    /** Checks both tables against the stages of the career-stage scheme, in the scheme's order. */
    void check(List<String> stages) {
        thresholds(stages);
        crosswalk(new HashSet<>(stages));
    }

    private void thresholds(List<String> stages) {
        String file = "career-stage/thresholds.csv";
        tables.table(file).ifPresent(table -> {
            Cells cells = new Cells(file, problems);
            if (!cells.hasColumns(table, "stage", "min_completed_works", "min_professional_credits", "min_years_practice")) {
                return;
            }
            List<String> named = new ArrayList<>();
            List<int[]> earlier = new ArrayList<>();
            for (DataTable.Row row : table.rows()) {
                String stage = cells.required(row, "stage", "cell.empty");
                named.add(stage);
                cells.required(row, "source", "text.no-definition");
                cells.required(row, "source_fr", "text.no-definition");
                int[] minimums = minimums(cells, row);
                if (minimums != null && !asksMore(earlier, minimums)) {
                    cells.problem(row, "stage", earlier.isEmpty() ? "scale.first-stage" : "scale.not-rising", stage);
                }
                if (minimums != null) {
                    earlier.add(minimums);
                }
            }
            if (!stages.isEmpty() && !named.equals(stages)) {
                problems.add(TableProblem.of(file, 0, "stage", "scale.stages",
                        String.join(", ", named), String.join(", ", stages)));
            }
        });
    }

    private static int[] minimums(Cells cells, DataTable.Row row) {
        int[] out = new int[FIGURES.length];
        for (int i = 0; i < FIGURES.length; i++) {
            String v = cells.get(row, FIGURES[i]);
            try {
                out[i] = Integer.parseInt(v);
            } catch (NumberFormatException e) {
                cells.problem(row, FIGURES[i], "cell.whole-number", v);
                return null;
            }
            if (out[i] < 0) {
                cells.problem(row, FIGURES[i], "cell.whole-number", v);
                return null;
            }
        }
        return out;
    }

    /** True when the stage asks for more than each earlier stage in some figure; the first asks for nothing. */
    private static boolean asksMore(List<int[]> earlier, int[] minimums) {
        if (earlier.isEmpty()) {
            return Arrays.stream(minimums).allMatch(m -> m == 0);
        }
        for (int[] before : earlier) {
            boolean more = false;
            for (int i = 0; i < before.length; i++) {
                more |= minimums[i] > before[i];
            }
            if (!more) {
                return false;
            }
        }
        return true;
    }

    private void crosswalk(Set<String> stages) {
        String file = "career-stage/crosswalk.csv";
        tables.table(file).ifPresent(table -> {
            Cells cells = new Cells(file, problems);
            if (!cells.hasColumns(table, "wording", "lang", "stage")) {
                return;
            }
            Set<String> seen = new HashSet<>();
            for (DataTable.Row row : table.rows()) {
                String wording = cells.required(row, "wording", "cell.empty");
                String lang = cells.get(row, "lang");
                if (!lang.equals("en") && !lang.equals("fr")) {
                    cells.problem(row, "lang", "crosswalk.lang", lang);
                }
                String key = lang + "\u0000" + wording.toLowerCase(Locale.ROOT) + "\u0000" + cells.get(row, "stage");
                if (!seen.add(key)) {
                    cells.problem(row, "wording", "crosswalk.duplicate", wording);
                }
                for (String stage : cells.get(row, "stage").split("[|\\s]+")) {
                    if (!stage.isEmpty() && !stages.isEmpty() && !stages.contains(stage)) {
                        cells.problem(row, "stage", "crosswalk.unknown-stage", stage);
                    }
                }
            }
        });
    }
}
