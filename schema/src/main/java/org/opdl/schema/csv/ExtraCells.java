package org.opdl.schema.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Text;
import org.opdl.schema.format.ReaderRule;

/**
 * A row with more cells than the heading row, as a CSV written by hand gives when a cell holds the
 * separator outside double quotes ({@code Toronto, ON}) or a note follows the last cell. Which cell
 * was split cannot be told, so every cell after it may sit one column right of its heading: the row
 * is named with its extra cells and not read, rather than read under the wrong headings, and the
 * rows below it are read.
 */
final class ExtraCells {

    /** The extra cells quoted in the message; the others are counted. */
    private static final int SHOWN = 3;
    /** A quoted cell is cut to this many characters. */
    private static final int LONGEST = 40;

    private ExtraCells() {
    }

    /**
     * The error for a row with a filled cell beyond the last heading, or null when every cell past
     * the headings is blank (spreadsheets save rows as wide as the widest).
     *
     * @param separator the file's separator
     */
    static Finding of(String source, List<String> record, long row, CsvHeadings headings, char separator) {
        int width = headings.written().size();
        List<Integer> extra = new ArrayList<>();
        for (int i = width; i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                extra.add(i);
            }
        }
        if (extra.isEmpty()) {
            return null;
        }
        Text cells = NamedCells.of(extra, SHOWN, i -> CsvMessages.CSV_EXTRA_CELLS_CELL.text(Location.Csv.letter(i), shown(record.get(i).strip())));
        String last = Location.Csv.letter(width - 1);
        Text message = CsvMessages.CSV_EXTRA_CELLS_ROW.text(row, extra.size(), last, cells, name(separator));
        Text fix = CsvMessages.CSV_EXTRA_CELLS_ROW_FIX.text(row, name(separator), last);
        return new Finding(ReaderRule.CSV_UNREADABLE.id(), ReaderRule.CSV_UNREADABLE.severity(),
                new Location.Csv(source, -1, "", row, "", ""), message, fix);
    }

    /**
     * Names each filled cell of a workbook's row beyond its last heading at that cell: a sheet's cell
     * cannot move from its column, so it is a note, named as one under a blank heading, and the
     * rest of the row is read.
     */
    static void nameEach(List<String> record, int width, IntFunction<Location.Csv> cell, Consumer<Finding> notes) {
        for (int i = width; i < record.size(); i++) {
            String v = record.get(i);
            if (!v.isBlank()) {
                notes.accept(new Finding(ReaderRule.CSV_UNREADABLE.id(), ReaderRule.CSV_UNREADABLE.severity(), cell.apply(i),
                        CsvMessages.SYNTAX_CSV_CELL_HOLDS_BUT.text(Cells.unescape(v).strip(), Location.Csv.letter(i)),
                        CsvMessages.SYNTAX_CSV_GIVE_COLUMN_HEADING.text()));
            }
        }
    }

    /** The separator as a coordinator names it. */
    private static Text name(char separator) {
        return switch (separator) {
            case ';' -> CsvMessages.CSV_EXTRA_CELLS_SEMICOLON.text();
            case '\t' -> CsvMessages.CSV_EXTRA_CELLS_TAB.text();
            default -> CsvMessages.CSV_EXTRA_CELLS_COMMA.text();
        };
    }

    private static String shown(String cell) {
        return cell.length() <= LONGEST ? cell : cell.substring(0, LONGEST) + "…";
    }
}
