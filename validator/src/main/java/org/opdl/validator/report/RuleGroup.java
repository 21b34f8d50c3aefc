package org.opdl.validator.report;

import java.util.List;
import java.util.Objects;
import org.opdl.model.finding.Severity;

/**
 * The findings of one rule in a report.
 *
 * @param ruleId the rule's id
 * @param severity the severity its findings have in this run (after overrides)
 * @param count how many findings the rule made (a collapsed flood counts once)
 * @param shown the occurrences kept, in file order, at most the report's cap
 */
public record RuleGroup(String ruleId, Severity severity, long count, List<Occurrence> shown) {

    /** Copies the list. */
    public RuleGroup {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        shown = List.copyOf(shown);
    }

    /** How many findings the report leaves out for this rule. */
    public long omitted() {
        return count - shown.size();
    }
}
