package org.opdl.model.governance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opdl.model.data.DataTable;

/**
 * Finds the loops of the broader column of one scheme: a concept broader than itself, or two or more
 * concepts each broader than the next. A hierarchy with a loop has no top for those concepts, so
 * the SKOS vocabulary and the vocabulary pages would show a hierarchy that goes round. Each loop is
 * told once, at the row of its first concept in the table, with the whole loop named.
 */
final class BroaderCycles {

    private BroaderCycles() {
    }

    static void check(Cells cells, DataTable table) {
        Map<String, String> broader = new LinkedHashMap<>();
        Map<String, DataTable.Row> rows = new LinkedHashMap<>();
        for (DataTable.Row row : table.rows()) {
            String code = cells.get(row, "code");
            String up = cells.get(row, "broader");
            if (!code.isEmpty() && !rows.containsKey(code)) {
                rows.put(code, row);
                if (!up.isEmpty()) {
                    broader.put(code, up);
                }
            }
        }
        Set<String> told = new HashSet<>();
        for (String start : rows.keySet()) {
            List<String> path = new ArrayList<>();
            String at = start;
            while (at != null && !path.contains(at) && !told.contains(at)) {
                path.add(at);
                at = broader.get(at);
            }
            if (at != null && path.contains(at)) {
                List<String> loop = new ArrayList<>(path.subList(path.indexOf(at), path.size()));
                told.addAll(loop);
                String first = loop.stream().min((a, b) -> Integer.compare(rows.get(a).line(), rows.get(b).line())).orElseThrow();
                List<String> named = new ArrayList<>(loop.subList(loop.indexOf(first), loop.size()));
                named.addAll(loop.subList(0, loop.indexOf(first)));
                named.add(first);
                cells.problem(rows.get(first), "broader", loop.size() == 1 ? "concept.broader-itself" : "concept.broader-loop",
                        first, String.join(" → ", named));
            }
            told.addAll(path);
        }
    }
}
