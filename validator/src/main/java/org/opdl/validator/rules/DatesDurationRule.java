package org.opdl.validator.rules;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.opdl.model.finding.Severity;
import org.opdl.validator.internal.check.Intakes;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.RecordRule;
import org.opdl.validator.rule.RunMemo;

/**
 * {@code opdl.dates.duration-mismatch}: the stated duration disagrees with every intake's start and
 * end dates by more than a fifth (and more than a week).
 */
final class DatesDurationRule extends BaseRule implements RecordRule {

    DatesDurationRule() {
        super("opdl.dates.duration-mismatch", Severity.WARNING, Layer.SEMANTIC);
    }

    /** Durations repeat across a file ("P6M", "P12W"); the general parser is a regular expression. */
    private static final RunMemo<Long> DAYS = new RunMemo<>(64, DatesDurationRule::parseDays);

    /** The days a stated duration stands for (a month as 30, a year as 365), or 0 if it does not parse. */
    private static Long parseDays(String text) {
        try {
            Period p = Period.parse(text);
            return p.getYears() * 365L + p.getMonths() * 30L + p.getDays();
        } catch (DateTimeParseException e) {
            return 0L;
        }
    }

    @Override
    public void check(Listing listing, Emitter out) {
        Optional<String> text = listing.string("/duration");
        if (text.isEmpty()) {
            return;
        }
        long stated = listing.recall(DAYS, text.get());
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
