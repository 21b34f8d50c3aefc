package org.opdl.validator.report;

import java.util.Objects;
import org.opdl.model.finding.Finding;

/**
 * One finding as a report shows it. When the same problem was found at the same field of every
 * listing of a file, the report keeps the first and says in how many listings it occurred.
 *
 * @param finding the finding (the first one, for a collapsed flood)
 * @param listings in how many listings of the file it occurred (1 unless collapsed)
 */
public record Occurrence(Finding finding, long listings) {

    /** Requires a finding and a positive count. */
    public Occurrence {
        Objects.requireNonNull(finding, "finding");
        if (listings < 1) {
            throw new IllegalArgumentException("listings must be at least 1");
        }
    }

    /** True when this stands for the same finding in every listing of a file. */
    public boolean collapsed() {
        return listings > 1;
    }
}
