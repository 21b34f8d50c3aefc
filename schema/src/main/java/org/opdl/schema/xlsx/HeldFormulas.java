package org.opdl.schema.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.schema.format.ReaderRule;

/**
 * The formula warnings of a sheet's cells, their errors ({@code #VALUE!}) and their notes, held until the form has read their
 * row: a row skipped as not a listing (a row of totals, {@code =SUM(...)}) is told once by that warning, so its
 * formulas are not warned again, and its notes are not sent to a listing it is not; the others are given on. The form reads a row whole before it
 * asks for the next, which is when the held warnings go on.
 */
final class HeldFormulas implements Consumer<Finding> {

    private final Consumer<Finding> out;
    private final List<Finding> held = new ArrayList<>();

    /** Warnings that give every finding of the cells to {@code out}, the formulas' once their row is read. */
    HeldFormulas(Consumer<Finding> out) {
        this.out = out;
    }

    @Override
    public void accept(Finding f) {
        if (f.ruleId().equals(ReaderRule.XLSX_FORMULA.id()) || f.ruleId().equals(ReaderRule.XLSX_CELL_ERROR.id())
                || f.ruleId().equals(ReaderRule.XLSX_CELL_NOTE.id())) {
            held.add(f);
        } else {
            out.accept(f);
        }
    }

    /**
     * Drops the held formulas of the row {@code f} skips, when it says a row is not a listing; the notes on its cells
     * stay, with a fix that sends what they say to the listings it concerns, as the row is in none.
     */
    void skip(Finding f) {
        if (f.ruleId().equals(ReaderRule.CSV_NOT_A_LISTING.id()) && !held.isEmpty()) {
            long row = row(f.location());
            held.replaceAll(h -> row(h.location()) == row && h.ruleId().equals(ReaderRule.XLSX_CELL_NOTE.id())
                    ? new Finding(h.ruleId(), h.severity(), h.location(), h.message(), XlsxTexts.text("cell-note.skipped-row.fix", row))
                    : h);
            held.removeIf(h -> row(h.location()) == row && !h.ruleId().equals(ReaderRule.XLSX_CELL_NOTE.id()));
        }
    }

    /** Drops the held findings of the cells of row {@code row}, which the form tells of as a whole. */
    void drop(long row) {
        held.removeIf(h -> row(h.location()) == row);
    }

    /** Gives on the formulas held, whose rows are read. */
    void release() {
        if (!held.isEmpty()) {
            held.forEach(out);
            held.clear();
        }
    }

    private static long row(Location at) {
        if (at instanceof Location.Cell c) {
            return c.row();
        }
        return at instanceof Location.Csv c ? c.row() : -1;
    }
}
