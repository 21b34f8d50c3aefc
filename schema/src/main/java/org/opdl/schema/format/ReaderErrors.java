package org.opdl.schema.format;

import java.util.Optional;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Severity;

/**
 * The errors readers noted about what they left out (an unknown heading, an unreadable cell): the
 * first, and how many. A command whose output would lack what they name stops on them.
 */
public final class ReaderErrors {

    private Finding first;
    private long count;

    /**
     * Counts {@code finding} when it is an error.
     *
     * @return true when it was one
     */
    public boolean take(Finding finding) {
        if (finding.severity() != Severity.ERROR) {
            return false;
        }
        first = first == null ? finding : first;
        count++;
        return true;
    }

    /** The first error taken, if any. */
    public Optional<Finding> first() {
        return Optional.ofNullable(first);
    }

    /** How many errors were taken. */
    public long count() {
        return count;
    }
}
