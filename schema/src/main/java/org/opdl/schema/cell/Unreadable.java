package org.opdl.schema.cell;

import org.opdl.schema.format.ReaderRule;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Text;

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

    Unreadable(String written, Text expected) {
        super(expected.en(), null, false, false);
        this.written = written;
        this.expected = expected;
    }

    /** The finding on the cell at {@code where}; {@code heading} is the column's heading as the file writes it. */
    public Finding finding(Location where) {
        return new Finding(RULE, Severity.ERROR, where,
                new Text("the cell \"" + written + "\" cannot be read: expected " + expected.en()
                        + "; the cell was left out and the rest of the row was read",
                        "la cellule « " + written + " » ne peut pas être lue : attendu " + expected.fr()
                        + "; la cellule a été laissée de côté et le reste de la rangée a été lu"),
                new Text("write " + expected.en(), "écrivez " + expected.fr()));
    }
}
