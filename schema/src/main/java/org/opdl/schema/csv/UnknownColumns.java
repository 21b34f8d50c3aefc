package org.opdl.schema.csv;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.opdl.model.finding.Finding;

/**
 * The columns of a sheet whose heading the form does not know, each reported once. Such a column's
 * cells are not read, so the first row holding data under it makes it an error; a column left empty
 * to the end, such as the "Column1" Excel adds to a table, loses nothing and is only a warning.
 */
final class UnknownColumns {

    /** The two findings one unknown column may give; which one is known only at the end. */
    private record Pending(Finding whenFilled, Finding whenEmpty) {
    }

    private final Map<Integer, Pending> pending = new LinkedHashMap<>();

    void add(int position, Finding whenFilled, Finding whenEmpty) {
        pending.put(position, new Pending(whenFilled, whenEmpty));
    }

    /** Reports, once, each unknown column that holds data in this row. */
    void row(List<String> record, Consumer<Finding> notes) {
        for (Iterator<Map.Entry<Integer, Pending>> it = pending.entrySet().iterator(); it.hasNext();) {
            Map.Entry<Integer, Pending> e = it.next();
            int i = e.getKey();
            if (i < record.size() && !record.get(i).isBlank()) {
                notes.accept(e.getValue().whenFilled());
                it.remove();
            }
        }
    }

    /** Reports the unknown columns no row filled. */
    void end(Consumer<Finding> notes) {
        pending.values().forEach(p -> notes.accept(p.whenEmpty()));
        pending.clear();
    }
}
