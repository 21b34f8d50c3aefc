package org.opdl.schema.xlsx;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.opdl.schema.csv.SheetForm;
import org.opdl.schema.csv.SheetRows;

/**
 * The rows of one sheet as the spreadsheet form's reader takes them, straight from the sheet's
 * XML: a row the sheet leaves out is a blank row, as it is in a CSV file saved from the sheet,
 * and an empty cell is empty text. On a sheet of one item per row, an item's cell holds one
 * value, so a | in it is escaped for the form, which would otherwise split it.
 */
final class FormRows implements SheetRows {

    private final SheetCells cells;
    private final boolean oneItemPerRow;
    private final HeldFormulas formulas;
    private boolean[] single = new boolean[0];
    private List<String> headings = List.of();
    private SheetCells.Row pending;
    private long last;

    /**
     * The rows {@code cells} reads; {@code oneItemPerRow} for a group sheet such as Intakes;
     * {@code formulas}, the cells' findings, are released as each row is left.
     */
    FormRows(SheetCells cells, boolean oneItemPerRow, HeldFormulas formulas) {
        this.cells = cells;
        this.oneItemPerRow = oneItemPerRow;
        this.formulas = formulas;
    }

    /** The heading row's cells, empty where a heading is; empty until the first row is read. */
    List<String> headings() {
        return headings;
    }

    @Override
    public Row next() throws IOException {
        if (pending == null) {
            // The rows given so far are read: their formula warnings go on, unless a row was skipped.
            formulas.release();
            pending = cells.next();
            if (pending == null) {
                // The notes of the rows under the last one are told as the sheet ends.
                formulas.release();
                return null;
            }
        }
        long n = pending.number() > last ? pending.number() : last + 1;
        if (last + 1 < n) {
            last++;
            return new Row(last, List.of(""));
        }
        last = n;
        List<String> row = text(n, pending.cells());
        pending = null;
        List<String> errors = cells.errors();
        if (n > 1 && !errors.isEmpty() && row.stream().allMatch(String::isEmpty)) {
            // A row of nothing but errors (#REF! after its column was deleted): the form names it whole, as in a
            // CSV file, rather than skip it as blank with its cells' errors beside it; on an item sheet (Fees) too.
            formulas.drop(n);
            return new Row(n, errors);
        }
        return new Row(n, row);
    }

    private List<String> text(long n, List<String> raw) {
        if (raw.isEmpty()) {
            return List.of("");
        }
        List<String> out = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            String c = raw.get(i) == null ? "" : raw.get(i);
            boolean one = n > 1 && i < single.length && single[i] && c.indexOf('|') >= 0;
            out.add(one ? SheetForm.join(List.of(c)) : c);
        }
        if (n == 1) {
            headings = List.copyOf(out);
            single = new boolean[out.size()];
            for (int i = 0; i < out.size(); i++) {
                String h = out.get(i);
                single[i] = oneItemPerRow && !h.isEmpty()
                        && SheetForm.find(h).filter(c -> !c.group().isEmpty() && !c.dataset()).isPresent();
            }
        }
        return out;
    }
}
