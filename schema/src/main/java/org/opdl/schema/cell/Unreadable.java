package org.opdl.schema.cell;

import org.opdl.model.text.Text;
import org.opdl.schema.format.ReaderRule;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.finding.Severity;

/**
 * A cell that cannot be read without guessing. The reader that meets it makes a finding on that
 * cell ({@link #finding}) and goes on with the next one: the rest of the sheet is still read.
 */
public final class Unreadable extends RuntimeException {

    /** The rule of a cell that cannot be read. */
    public static final String RULE = ReaderRule.CSV_UNREADABLE.id();

    private static final long serialVersionUID = 1L;

    /** The cell as written. */
    private final String written;
    /** What the cell should hold, in both languages. */
    private final transient Text expected;
    /** What to do about the cell, in both languages. */
    private final transient Text fix;
    /** The kind of cell refused. */
    private final transient Refusal kind;

    /** A cell of the kind {@code kind} refuses, with the arguments its message and its fix both take. */
    Unreadable(String written, Refusal kind, Object... args) {
        this(written, kind, kind.expected().text(args), kind.fix().text(args));
    }

    private Unreadable(String written, Refusal kind, Text expected, Text fix) {
        super(expected.en(), null, false, false);
        this.written = written;
        this.kind = kind;
        this.expected = expected;
        this.fix = fix;
    }

    /** The kind of cell refused. */
    Refusal kind() {
        return kind;
    }

    /** The finding on the cell at {@code where}; {@code heading} is the column's heading as the file writes it. */
    public Finding finding(Location where) {
        return new Finding(RULE, Severity.ERROR, where,
                CellMessages.CELL_CANNOT_READ.text(written, expected), fix);
    }
}
