package org.opdl.model.governance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opdl.model.data.DataTable;

/**
 * Checks the replaced_by column of one scheme as {@code opdl validate} and {@code opdl migrate} use
 * it: a replacement on a concept that is not deprecated, which neither ever reads; a deprecated
 * concept that names itself; and deprecated concepts that name each other in a loop, so that
 * migrate, which follows a chain of replacements to its last concept, finds no concept in use and
 * leaves the old codes where they are. Each loop is told once, at the row of its first concept.
 */
final class ReplacementChains {

    private ReplacementChains() {
    }

    static void check(Cells cells, DataTable table) {
        Map<String, DataTable.Row> rows = new LinkedHashMap<>();
        Map<String, String> replacedBy = new LinkedHashMap<>();
        for (DataTable.Row row : table.rows()) {
            String code = cells.get(row, "code");
            if (code.isEmpty() || rows.containsKey(code)) {
                continue;
            }
            rows.put(code, row);
            String replacement = cells.get(row, "replaced_by");
            if (replacement.isEmpty()) {
                continue;
            }
            if (!cells.get(row, "deprecated").equals("true")) {
                cells.problem(row, "replaced_by", "concept.replaced-not-deprecated", code, replacement);
            } else if (replacement.equals(code)) {
                cells.problem(row, "replaced_by", "concept.replaced-by-itself", code);
            } else {
                replacedBy.put(code, replacement);
            }
        }
        Set<String> told = new HashSet<>();
        for (String start : replacedBy.keySet()) {
            List<String> path = new ArrayList<>();
            String at = start;
            while (at != null && !path.contains(at) && !told.contains(at)) {
                path.add(at);
                at = replacedBy.get(at);
            }
            if (at != null && path.contains(at)) {
                List<String> loop = new ArrayList<>(path.subList(path.indexOf(at), path.size()));
                String first = loop.stream().min((a, b) -> Integer.compare(rows.get(a).line(), rows.get(b).line())).orElseThrow();
                List<String> named = new ArrayList<>(loop.subList(loop.indexOf(first), loop.size()));
                named.addAll(loop.subList(0, loop.indexOf(first)));
                named.add(first);
                cells.problem(rows.get(first), "replaced_by", "concept.replacement-loop", first, String.join(" → ", named));
            }
            told.addAll(path);
        }
    }
}
