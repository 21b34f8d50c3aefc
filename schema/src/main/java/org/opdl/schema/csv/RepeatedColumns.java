package org.opdl.schema.csv;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.schema.format.ReaderRule;

/**
 * The cells of one row under a heading the sheet repeats (a column copied beside itself), held to
 * the first column of that heading. A copy filled where the first is blank gives the first its
 * value, as one value is no guess; a copy that holds another value than the first is named with
 * both, and neither is read on that row, as which of the two is right cannot be told.
 *
 * @param record the row to read, the copies' values moved into their first columns where those are blank
 * @param disagreeing the first columns whose copy holds another value, left unread on this row
 */
record RepeatedColumns(List<String> record, Set<Integer> disagreeing) {

    /** The row's repeated columns; {@code cell} places a finding on a column of the row. */
    static RepeatedColumns of(List<String> record, CsvHeadings headings, IntFunction<Location.Csv> cell,
            Consumer<Finding> notes) {
        List<String> out = record;
        Set<Integer> disagreeing = new HashSet<>();
        int[] duplicateOf = headings.duplicateOf();
        for (int i = 0; i < Math.min(duplicateOf.length, record.size()); i++) {
            int dup = duplicateOf[i];
            if (dup < 0 || dup >= record.size() || record.get(i).isBlank()) {
                continue;
            }
            String first = Cells.unescape(out.get(dup)).strip();
            String copy = Cells.unescape(record.get(i)).strip();
            if (first.isEmpty()) {
                out = out == record ? new ArrayList<>(record) : out;
                out.set(dup, record.get(i));
            } else if (!first.equals(copy) && disagreeing.add(dup)) {
                String a = Location.Csv.letter(dup);
                String b = Location.Csv.letter(i);
                notes.accept(new Finding(ReaderRule.CSV_UNREADABLE.id(), ReaderRule.CSV_UNREADABLE.severity(), cell.apply(i),
                        CsvMessages.CSV_DUPLICATE_HEADING_DISAGREE.text(a, first, b, copy),
                        CsvMessages.CSV_DUPLICATE_HEADING_DISAGREE_FIX.text(a, b)));
            }
        }
        return new RepeatedColumns(out, disagreeing);
    }
}
