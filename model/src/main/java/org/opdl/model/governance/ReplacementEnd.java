package org.opdl.model.governance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opdl.model.data.DataTable;

/**
 * The concept {@code opdl migrate} writes for a code replaced: it follows replaced_by from concept
 * to concept while each is deprecated with one replacement, and writes the last, where
 * {@code opdl validate} names only the first. A diff whose replacement is itself replaced says both.
 */
final class ReplacementEnd {

    private ReplacementEnd() {
    }

    /** {@code c}, or for a replacement that is itself replaced, the same change naming the end of the chain too. */
    static Classed of(Classed c, Map<String, DataTable.Row> rows) {
        if (c == null || !c.reason().equals("code-replaced")) {
            return c;
        }
        String first = c.extra().get(0);
        String end = first;
        Set<String> seen = new HashSet<>(List.of(end));
        DataTable.Row row = rows.get(end);
        while (row != null && "true".equals(cell(row, "deprecated")) && !cell(row, "replaced_by").isEmpty()) {
            end = cell(row, "replaced_by");
            if (!seen.add(end)) {
                // A loop, which standard check refuses: migrate finds no concept in use to write.
                return c;
            }
            row = rows.get(end);
        }
        if (end.equals(first)) {
            return c;
        }
        List<String> extra = new ArrayList<>(c.extra());
        extra.add(end);
        return new Classed(c.level(), "code-replaced-chain", extra);
    }

    private static String cell(DataTable.Row row, String column) {
        return row.cells().getOrDefault(column, "").strip();
    }
}
