package org.opdl.model.governance;

import java.util.List;
import java.util.Optional;
import org.opdl.model.data.DataTable;

/** Reading cells of a table under check without throwing: a missing column is a problem, not a crash. */
final class Cells {

    private final String file;
    private final List<TableProblem> problems;

    Cells(String file, List<TableProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** The trimmed cell, empty when blank or when the table lacks the column ({@link #hasColumns} notes that). */
    String get(DataTable.Row row, String heading) {
        String v = row.cells().get(heading);
        return v == null ? "" : v.strip();
    }

    /** Notes a problem when the table lacks any of the headings; true when all are there. */
    boolean hasColumns(DataTable table, String... headings) {
        boolean all = true;
        for (String h : headings) {
            if (!table.headings().contains(h)) {
                // A heading mistyped is told once, as the column it should be (K23), not again as a column missing.
                if (!misspelled(h)) {
                    problems.add(TableProblem.of(file, 1, h, "column.missing", h));
                }
                all = false;
            }
        }
        return all;
    }

    /** True when a heading of the table was already told as {@code heading} mistyped. */
    private boolean misspelled(String heading) {
        return problems.stream().anyMatch(p -> p.file().equals(file) && p.key().equals("column.misspelled")
                && p.args().get(1).equals(heading));
    }

    /** Notes a problem when the cell is blank; returns the cell. */
    String required(DataTable.Row row, String heading, String key) {
        String v = get(row, heading);
        if (v.isEmpty()) {
            problems.add(TableProblem.of(file, row.line(), heading, key, heading));
        }
        return v;
    }

    /** The cell when it is not blank. */
    Optional<String> optional(DataTable.Row row, String heading) {
        String v = get(row, heading);
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    /** Notes a problem at a cell. */
    void problem(DataTable.Row row, String heading, String key, String... args) {
        problems.add(TableProblem.of(file, row.line(), heading, key, args));
    }
}
