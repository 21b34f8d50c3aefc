package org.opdl.model.governance;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.opdl.model.data.DataTable;

/**
 * How the rows of one kind of table are named, and how a row that comes, goes or changes is classed.
 *
 * @param entity the bundle key of what a row is (a concept, a field, a stage)
 * @param keyColumns the columns that name a row; joined with a space when there are several
 * @param added the class of a new row, which may depend on the row (a required field)
 * @param removed the class of a row that is gone
 * @param cells the class of a changed cell, by heading; headings not listed are wording (patch)
 */
record TableKind(String entity, List<String> keyColumns, Function<DataTable.Row, Classed> added, Classed removed,
        Map<String, CellRule> cells) {

    /** The class of one changed cell, from its old and new values. */
    @FunctionalInterface
    interface CellRule {
        /** The class, or {@code null} when the change is not one (a version moved with the bump itself). */
        Classed classify(String before, String after, DataTable.Row row);
    }

    /** The name of a row: its key cells, joined. */
    String keyOf(DataTable.Row row) {
        StringBuilder b = new StringBuilder();
        for (String c : keyColumns) {
            String v = row.cells().get(c);
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(v == null ? "" : v.strip());
        }
        return b.toString();
    }

    /** The class of a changed cell; a heading with no rule is wording. */
    Classed classify(String heading, String before, String after, DataTable.Row row) {
        CellRule rule = cells.get(heading);
        return rule == null ? Classed.patch("wording") : rule.classify(before, after, row);
    }
}
