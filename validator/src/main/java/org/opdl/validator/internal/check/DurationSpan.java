package org.opdl.validator.internal.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time an ISO 8601 duration can stand for, in seconds: a month is 28 to 31 days and a year 365
 * or 366, so {@code P5M} and {@code P150D} may be equal and neither is surely the longer. Rules that
 * compare durations report only what holds whatever the calendar.
 *
 * @param shortest the fewest seconds the duration can mean
 * @param longest the most seconds the duration can mean
 */
public record DurationSpan(long shortest, long longest) {

    private static final Pattern DURATION = Pattern.compile(
            "P(?:(\\d{1,9})Y)?(?:(\\d{1,9})M)?(?:(\\d{1,9})D)?(?:T(?:(\\d{1,9})H)?(?:(\\d{1,9})M)?(?:(\\d{1,9}(?:\\.\\d{1,9})?)S)?)?");
    private static final long DAY = 86_400L;

    /** Checks that the span is no negative time and runs from its shortest to its longest. */
    public DurationSpan {
        if (shortest < 0 || longest < shortest) {
            throw new IllegalArgumentException("a duration span runs from its shortest to its longest: " + shortest + ", " + longest);
        }
    }

    /** The span of {@code text}, or empty when it is no ISO 8601 duration this record reads (such as weeks or a sign). */
    public static Optional<DurationSpan> of(String text) {
        Matcher m = DURATION.matcher(text);
        if (!m.matches() || text.length() < 3 || text.endsWith("T")) {
            return Optional.empty();
        }
        long years = number(m.group(1));
        long months = number(m.group(2));
        long fixed = number(m.group(3)) * DAY + number(m.group(4)) * 3_600L + number(m.group(5)) * 60L;
        BigDecimal seconds = m.group(6) == null ? BigDecimal.ZERO : new BigDecimal(m.group(6));
        long low = fixed + years * 365 * DAY + months * 28 * DAY + seconds.setScale(0, RoundingMode.FLOOR).longValueExact();
        long high = fixed + years * 366 * DAY + months * 31 * DAY + seconds.setScale(0, RoundingMode.CEILING).longValueExact();
        return Optional.of(new DurationSpan(low, high));
    }

    /** True when this duration is longer than {@code other} however long its months and years are. */
    public boolean surelyLongerThan(DurationSpan other) {
        return shortest > other.longest;
    }

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }
}
