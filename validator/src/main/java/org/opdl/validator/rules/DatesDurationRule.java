package org.opdl.validator.rules;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.opdl.model.finding.Severity;

/**
 * {@code opdl.dates.duration-mismatch}: the stated duration disagrees with every intake's start and
 * end dates by more than a fifth (and more than a week).
 */
final class DatesDurationRule extends BaseRule implements RecordRule {

    DatesDurationRule() {
        super("opdl.dates.duration-mismatch", Severity.WARNING, Layer.SEMANTIC);
    }

    @Override
    public void check(Listing listing, Emitter out) {
        Optional<String> text = listing.string("/duration");
        if (text.isEmpty()) {
            return;
        }
        long stated;
        try {
            Period p = Period.parse(text.get());
            stated = p.getYears() * 365L + p.getMonths() * 30L + p.getDays();
        } catch (DateTimeParseException e) {
            return;
        }
        if (stated <= 0) {
            return;
        }
        long firstSpan = -1;
        for (String intake : listing.items("/intakes")) {
            Optional<LocalDate> start = listing.date(intake + "/startDate");
            Optional<LocalDate> end = listing.date(intake + "/endDate");
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
