package org.opdl.cli.command;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.opdl.cli.exit.UsageException;
import org.opdl.cli.option.LimitsOption;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Text;
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

    private ValidationSettings() {
    }

    static ValidationOptions of(String asOf, String failOn, List<String> rules, int maxShown, LimitsOption limits) {
        if (maxShown < 1) {
            throw new UsageException(new Text("--max-shown takes a whole number of 1 or more, not " + maxShown,
                    "--max-shown prend un nombre entier de 1 ou plus, et non " + maxShown));
        }
        ValidationOptions o = ValidationOptions.defaults(date(asOf)).withFailOn(severity("--fail-on", failOn));
        if (maxShown > o.maxPerRule()) {
            // The report keeps what is shown, up to a bound on memory; the rest are counted.
            o = o.withMaxPerRule(Math.min(maxShown, KEPT));
        }
        try {
            o = o.withLimits(limits.limits());
        } catch (IllegalArgumentException e) {
            throw new UsageException(new Text("every --max-… limit and --regex-time, --record-time and --jsonld-time must be a positive number",
                    "chaque limite --max-… et --regex-time, --record-time et --jsonld-time doit être un nombre positif"));
        }
        for (String r : rules) {
            int eq = r.indexOf('=');
            if (eq <= 0) {
                throw new UsageException(new Text("--rule takes ID=off|error|warning|info, not \"" + r + "\"",
                        "--rule prend ID=off|error|warning|info, et non « " + r + " »"));
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
            throw new UsageException(new Text("--as-of takes a date as YYYY-MM-DD, not \"" + asOf + "\"",
                    "--as-of prend une date AAAA-MM-JJ, et non « " + asOf + " »"));
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new UsageException(new Text("--as-of takes a date from " + EARLIEST + " to " + LATEST + ", not \"" + asOf + "\"",
                    "--as-of prend une date du " + EARLIEST + " au " + LATEST + ", et non « " + asOf + " »"));
        }
        return date;
    }

    private static Severity severity(String option, String value) {
        return Severity.fromCode(value).orElseThrow(() -> new UsageException(new Text(
                option + ": unknown level \"" + value + "\"; use error, warning or info",
                option + " : niveau inconnu « " + value + " »; utilisez error, warning ou info")));
    }
}
