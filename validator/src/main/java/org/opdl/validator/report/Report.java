package org.opdl.validator.report;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.opdl.model.finding.Severity;

/**
 * The outcome of a validation run: its files, its findings grouped by rule, and counts by severity.
 * Groups come most serious first, then in catalogue order.
 *
 * @param asOf the date date rules compared against
 * @param files the files checked, in the order given
 * @param groups the findings grouped by rule
 */
public record Report(LocalDate asOf, List<FileSummary> files, List<RuleGroup> groups) {

    /** Copies the lists. */
    public Report {
        Objects.requireNonNull(asOf, "asOf");
        files = List.copyOf(files);
        groups = List.copyOf(groups);
    }

    /** The number of findings of each severity. */
    public Map<Severity, Long> counts() {
        Map<Severity, Long> out = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            out.put(s, 0L);
        }
        groups.forEach(g -> out.merge(g.severity(), g.count(), Long::sum));
        return out;
    }

    /** The number of findings of one severity. */
    public long count(Severity severity) {
        return counts().get(severity);
    }

    /** The number of listings read over all files. */
    public long listings() {
        return files.stream().mapToLong(FileSummary::listings).sum();
    }

    /** True when some finding is at least as serious as the threshold. */
    public boolean fails(Severity threshold) {
        return groups.stream().anyMatch(g -> g.severity().atLeast(threshold));
    }
}
