package org.opdl.validator;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.opdl.model.finding.Severity;
import org.opdl.schema.format.Limits;

/**
 * How a validation run behaves.
 *
 * @param asOf the date that date rules compare against (so that runs can be reproduced)
 * @param severities rule ids whose findings get another severity than the rule's default
 * @param disabled rule ids that do not run
 * @param failOn the least serious severity that makes the run fail
 * @param maxPerRule how many occurrences of each rule a report keeps (the rest are counted)
 * @param threads how many threads check listings in parallel
 * @param limits the limits on untrusted input; the validator applies the regular-expression time
 */
public record ValidationOptions(
        LocalDate asOf, Map<String, Severity> severities, Set<String> disabled, Severity failOn, int maxPerRule,
        int threads, Limits limits) {

    /** The number of occurrences per rule a report keeps by default. */
    public static final int DEFAULT_MAX_PER_RULE = 100;

    /** Copies the collections and checks the numbers. */
    public ValidationOptions {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(failOn, "failOn");
        Objects.requireNonNull(limits, "limits");
        severities = Map.copyOf(severities);
        disabled = Set.copyOf(disabled);
        if (maxPerRule < 1 || threads < 1) {
            throw new IllegalArgumentException("maxPerRule and threads must be at least 1");
        }
    }

    /** The defaults: every rule at its own severity, failing on errors, as of the given date. */
    public static ValidationOptions defaults(LocalDate asOf) {
        return new ValidationOptions(asOf, Map.of(), Set.of(), Severity.ERROR, DEFAULT_MAX_PER_RULE,
                Runtime.getRuntime().availableProcessors(), Limits.DEFAULT);
    }

    /** A copy with one rule's severity overridden, or the rule turned off when {@code severity} is null. */
    public ValidationOptions withRule(String ruleId, Severity severity) {
        Map<String, Severity> s = new HashMap<>(severities);
        Set<String> d = new HashSet<>(disabled);
        s.remove(ruleId);
        d.remove(ruleId);
        if (severity == null) {
            d.add(ruleId);
        } else {
            s.put(ruleId, severity);
        }
        return new ValidationOptions(asOf, s, d, failOn, maxPerRule, threads, limits);
    }

    /** A copy with another failure threshold. */
    public ValidationOptions withFailOn(Severity threshold) {
        return new ValidationOptions(asOf, severities, disabled, threshold, maxPerRule, threads, limits);
    }

    /** A copy with other limits on untrusted input. */
    public ValidationOptions withLimits(Limits l) {
        return new ValidationOptions(asOf, severities, disabled, failOn, maxPerRule, threads, l);
    }

    /** A copy that keeps another number of occurrences per rule. */
    public ValidationOptions withMaxPerRule(int n) {
        return new ValidationOptions(asOf, severities, disabled, failOn, n, threads, limits);
    }
}
