package org.opdl.cli.command;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.opdl.cli.exit.UsageException;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Nearest;
import org.opdl.schema.format.Limits;
import org.opdl.validator.ValidationOptions;

/**
 * Turns {@code opdl validate}'s options into {@link ValidationOptions}, refusing values that make
 * no sense with a usage error rather than letting them reach the rules.
 */
final class ValidationSettings {

    /** The dates {@code --as-of} accepts: any date a listing may plausibly be judged on. */
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    /** The most occurrences per rule a report keeps, whatever {@code --max-shown} asks. */
    static final int KEPT = 10_000;

    /** The levels a finding can have, as {@code --fail-on} and {@code --rule} take them. */
    private static final List<String> LEVELS = List.of("error", "warning", "info");

    private ValidationSettings() {
    }

    static ValidationOptions of(String asOf, String failOn, List<String> rules, int maxShown, Limits limits) {
        if (maxShown < 1) {
            throw new UsageException(CommandMessages.VALIDATION_SETTINGS_MAX_SHOWN_TAKES.text(maxShown));
        }
        ValidationOptions o = ValidationOptions.defaults(date(asOf)).withFailOn(severity("--fail-on", failOn));
        if (maxShown > o.maxPerRule()) {
            // The report keeps what is shown, up to a bound on memory; the rest are counted.
            o = o.withMaxPerRule(Math.min(maxShown, KEPT));
        }
        o = o.withLimits(limits);
        for (String r : rules) {
            int eq = r.indexOf('=');
            if (eq <= 0) {
                throw new UsageException(CommandMessages.VALIDATION_SETTINGS_RULE_TAKES_ID.text(r));
            }
            String level = r.substring(eq + 1).strip().toLowerCase(Locale.ROOT);
            o = o.withRule(r.substring(0, eq).strip(), level.equals("off") ? null : severity("--rule", level));
        }
        return o;
    }

    private static LocalDate date(String asOf) {
        if (asOf == null) {
            return LocalDate.now();
        }
        LocalDate date;
        try {
            date = LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new UsageException(CommandMessages.VALIDATION_SETTINGS_TAKES_DATE_YYYY.text(asOf));
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new UsageException(CommandMessages.VALIDATION_SETTINGS_TAKES_DATE_NOT.text(EARLIEST, LATEST, asOf));
        }
        return date;
    }

    private static Severity severity(String option, String value) {
        return Severity.fromCode(value).orElseThrow(() -> {
            // "warn", "err", "information": the level meant is named, as a slip in a choice is.
            List<String> near = Nearest.among(value, LEVELS, 1);
            Object hint = near.isEmpty() ? "" : CommandMessages.VALIDATION_SETTINGS_DID_YOU_MEAN.text(near.get(0));
            return new UsageException(CommandMessages.VALIDATION_SETTINGS_UNKNOWN_LEVEL_USE.text(option, value, hint));
        });
    }
}
