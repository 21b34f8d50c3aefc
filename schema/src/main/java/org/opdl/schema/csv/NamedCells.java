package org.opdl.schema.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.opdl.model.text.Text;

/** The cells a row-wide finding names: the first few in words, the rest counted ("C ("x"), D ("y") and 2 more"). */
final class NamedCells {

    private NamedCells() {
    }

    /**
     * The cells at {@code columns}, each as {@code named} says it, the first {@code shown} of them named
     * and the others counted.
     */
    static Text of(List<Integer> columns, int shown, IntFunction<Text> named) {
        List<String> en = new ArrayList<>();
        List<String> fr = new ArrayList<>();
        for (int i : columns.subList(0, Math.min(shown, columns.size()))) {
            Text cell = named.apply(i);
            en.add(cell.en());
            fr.add(cell.fr());
        }
        Text cells = new Text(String.join(", ", en), String.join(", ", fr));
        return columns.size() > shown ? CsvMessages.CSV_EXTRA_CELLS_AND_MORE.text(cells, columns.size() - shown) : cells;
    }
}
