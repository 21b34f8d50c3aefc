package org.opdl.validator.report;

import java.util.Objects;

/**
 * One file of a run.
 *
 * @param source the file as the user named it
 * @param listings how many listings were read from it
 * @param complete false when reading stopped early at a syntax error
 */
public record FileSummary(String source, long listings, boolean complete) {

    /** Requires the source. */
    public FileSummary {
        Objects.requireNonNull(source, "source");
    }
}
