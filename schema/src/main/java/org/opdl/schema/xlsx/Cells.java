package org.opdl.schema.xlsx;

import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;

/** Turns the places the CSV form names (row, heading, column letter) into cells of a sheet. */
final class Cells {

    private Cells() {
    }

    /**
     * The cell of {@code sheet} a CSV place names, for listing {@code record} (or the place's own
     * when -1) and {@code pointer} (or the place's own when null); other places are kept.
     */
    static Location place(Location at, String sheet, int record, String pointer) {
        if (at instanceof Location.Csv c) {
            return new Location.Cell(c.source(), record >= 0 ? record : c.record(), pointer != null ? pointer : c.pointer(),
                    sheet, c.row(), c.heading(), c.column());
        }
        return at;
    }

    /** The finding placed on {@code sheet}. */
    static Finding place(Finding f, String sheet) {
        Location at = place(f.location(), sheet, -1, null);
        return at == f.location() ? f : new Finding(f.ruleId(), f.severity(), at, f.message(), f.fix());
    }
}
