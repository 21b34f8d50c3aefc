package org.opdl.validator.rules;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.opdl.model.finding.Severity;

/**
 * {@code opdl.dates.duration-mismatch}: the stated duration disagrees with every intake's start and
 * end dates by more than a fifth (and more than a week).
 */
final class DatesDurationRule extends BaseRule implements RecordRule {

    DatesDurationRule() {
        super("opdl.dates.duration-mismatch", Severity.WARNING, Layer.SEMANTIC);
    }

    /** Durations repeat across a file ("P6M", "P12W"); the general parser is a regular expression. */
    private static final Map<String, Long> DAYS = new ConcurrentHashMap<>();
    private static final int MEMO_LIMIT = 4096;

    /** The days a stated duration stands for (a month as 30, a year as 365), or 0 if it does not parse. */
    private static long days(String text) {
        Long known = DAYS.get(text);
        if (known != null) {
            return known;
        }
        long days;
        try {
            Period p = Period.parse(text);
            days = p.getYears() * 365L + p.getMonths() * 30L + p.getDays();
        } catch (DateTimeParseException e) {
            days = 0;
        }
        if (DAYS.size() < MEMO_LIMIT && text.length() <= 64) {
            DAYS.put(text, days);
        }
        return days;
    }

    @Override
    public void check(Listing listing, Emitter out) {
        Optional<String> text = listing.string("/duration");
        if (text.isEmpty()) {
            return;
        }
        long stated = days(text.get());
        if (stated <= 0) {
            return;
        }
        long firstSpan = -1;
        for (Intakes.Dates intake : Intakes.of(listing)) {
            Optional<LocalDate> start = intake.start();
            Optional<LocalDate> end = intake.end();
            if (start.isEmpty() || end.isEmpty() || end.get().isBefore(start.get())) {
                continue;
            }
            long span = ChronoUnit.DAYS.between(start.get(), end.get()) + 1;
            long slack = Math.max(7, Math.max(span, stated) / 5);
            if (Math.abs(span - stated) <= slack) {
                return;
            }
            if (firstSpan < 0) {
                firstSpan = span;
            }
        }
        if (firstSpan > 0) {
            report(out, "/duration", text.get(), stated, firstSpan);
        }
    }
}
