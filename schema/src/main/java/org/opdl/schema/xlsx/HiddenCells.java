package org.opdl.schema.xlsx;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.schema.format.ReaderRule;

/**
 * The hidden rows and columns of one sheet that hold data. A coordinator may hide the rows of past
 * programs, or a filter may hide them, thinking them left out; they are read like every other row,
 * so the sheet says so once, naming them, rather than publishing them unsaid.
 */
final class HiddenCells {

    /** How many rows are named one by one before a range is given. */
    private static final int NAMED = 10;

    private final BitSet hiddenColumns = new BitSet();
    private final List<Long> rows = new ArrayList<>();
    private final TreeSet<Integer> columns = new TreeSet<>();
    private boolean rowHidden;
    private boolean rowFilled;
    private boolean reported;

    /** A {@code col} element: columns {@code min} to {@code max}, one-based, hidden or not. */
    void columns(String min, String max, String hidden) {
        if (isTrue(hidden) && min != null) {
            int from = Math.max(1, CellValues.parseInt(min));
            int to = Math.min(from + 16_384, max == null ? from : CellValues.parseInt(max));
            hiddenColumns.set(from - 1, Math.max(from, to));
        }
    }

    /** A {@code row} element starts, hidden or not. */
    void row(String hidden) {
        rowHidden = isTrue(hidden);
        rowFilled = false;
    }

    /** A cell of the current row, zero-based column, as read. */
    void cell(int column, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        rowFilled = true;
        if (hiddenColumns.get(column)) {
            columns.add(column);
        }
    }

    /** The current row ends. */
    void endRow(long row) {
        if (rowHidden && rowFilled) {
            rows.add(row);
        }
    }

    /** Reports the hidden rows and columns with data, once, at the end of the sheet. */
    void report(String source, String sheet, List<String> headings, Consumer<Finding> notes) {
        if (reported) {
            return;
        }
        reported = true;
        if (!rows.isEmpty()) {
            String list = rows.size() > NAMED ? rows.get(0) + "–" + rows.get(rows.size() - 1) : join(rows);
            notes.accept(finding(new Location.Cell(source, -1, "", sheet, rows.get(0), "", ""),
                    "hidden-rows", rows.size(), list, sheet));
        }
        if (!columns.isEmpty()) {
            List<String> named = new ArrayList<>();
            for (int c : columns) {
                String heading = c < headings.size() ? headings.get(c).strip() : "";
                named.add(Location.Csv.letter(c) + (heading.isEmpty() ? "" : " (\"" + heading + "\")"));
            }
            int first = columns.first();
            notes.accept(finding(new Location.Cell(source, -1, "", sheet, 1,
                    first < headings.size() ? headings.get(first) : "", Location.Csv.letter(first)),
                    "hidden-columns", columns.size(), String.join(", ", named), sheet));
        }
    }

    private static Finding finding(Location at, String key, int count, String list, String sheet) {
        return new Finding(ReaderRule.XLSX_HIDDEN.id(), ReaderRule.XLSX_HIDDEN.severity(), at,
                XlsxTexts.text(key, count, list, sheet), XlsxTexts.text(key + ".fix"));
    }

    private static String join(List<Long> rows) {
        return String.join(", ", rows.stream().map(String::valueOf).toList());
    }

    private static boolean isTrue(String attribute) {
        return "1".equals(attribute) || "true".equals(attribute);
    }
}
