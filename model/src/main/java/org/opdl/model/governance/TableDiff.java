package org.opdl.model.governance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opdl.model.data.DataTable;

/** The changes between the older and newer copies of one table, rows matched by their key. */
final class TableDiff {

    private final String file;
    private final TableKind kind;

    TableDiff(String file, TableKind kind) {
        this.file = file;
        this.kind = kind;
    }

    /** Every change; a table present on one side only has all its rows added or removed. */
    List<StandardChange> compare(Optional<DataTable> before, Optional<DataTable> after) {
        List<StandardChange> out = new ArrayList<>();
        Map<String, DataTable.Row> was = rows(before);
        Map<String, DataTable.Row> is = rows(after);
        if (before.isPresent() && after.isPresent()) {
            columns(before.get(), after.get(), out);
        }
        for (Map.Entry<String, DataTable.Row> e : is.entrySet()) {
            DataTable.Row row = e.getValue();
            DataTable.Row old = was.get(e.getKey());
            if (old == null) {
                Classed c = kind.added().apply(row);
                out.add(change(c, row.line(), e.getKey(), "", "row.added." + kind.entity()));
            } else {
                cells(e.getKey(), old, row, is, out);
            }
        }
        for (Map.Entry<String, DataTable.Row> e : was.entrySet()) {
            if (!is.containsKey(e.getKey())) {
                out.add(change(kind.removed(), e.getValue().line(), e.getKey(), "", "row.removed." + kind.entity()));
            }
        }
        return out;
    }

    private Map<String, DataTable.Row> rows(Optional<DataTable> table) {
        Map<String, DataTable.Row> out = new LinkedHashMap<>();
        table.ifPresent(t -> t.rows().forEach(row -> out.putIfAbsent(kind.keyOf(row), row)));
        return out;
    }

    private void columns(DataTable before, DataTable after, List<StandardChange> out) {
        for (String h : after.headings()) {
            // A column without a name is a problem of the table (StandardTables), not a column the standard gains.
            if (!h.isBlank() && !before.headings().contains(h)) {
                out.add(change(Classed.minor("column-added"), 1, h, h, "column.added"));
            }
        }
        for (String h : before.headings()) {
            if (!h.isBlank() && !after.headings().contains(h)) {
                out.add(change(Classed.major("column-removed"), 1, h, h, "column.removed"));
            }
        }
    }

    private void cells(String key, DataTable.Row before, DataTable.Row after, Map<String, DataTable.Row> rows,
            List<StandardChange> out) {
        Set<String> headings = new LinkedHashSet<>(after.cells().keySet());
        headings.retainAll(before.cells().keySet());
        headings.removeAll(kind.keyColumns());
        for (String h : headings) {
            String was = before.cells().getOrDefault(h, "").strip();
            String is = after.cells().getOrDefault(h, "").strip();
            if (!was.equals(is)) {
                Classed c = ReplacementEnd.of(kind.classify(h, was, is, after), rows);
                if (c != null) {
                    out.add(change(c, after.line(), key, h, "cell.changed." + kind.entity(), was, is));
                }
            }
        }
    }

    private StandardChange change(Classed c, int line, String key, String column, String what, String... more) {
        List<String> args = new ArrayList<>();
        args.add(key);
        args.add(column);
        args.addAll(List.of(more));
        args.addAll(c.extra());
        return new StandardChange(c.level(), file, line, key, column, what, c.reason(), args);
    }
}
