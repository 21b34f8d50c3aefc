package org.opdl.validator.rules;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.opdl.model.finding.Severity;
import org.opdl.validator.internal.check.Intakes;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.RecordRule;

/**
 * {@code opdl.dates.deadline-passed}: every application deadline has passed, yet the listing still
 * says applications are open or upcoming.
 */
final class DatesDeadlinePassedRule extends BaseRule implements RecordRule {

    private static final Set<String> STILL_OFFERED = Set.of("open", "upcoming");

    DatesDeadlinePassedRule() {
        super("opdl.dates.deadline-passed", Severity.WARNING, Layer.SEMANTIC);
    }

    @Override
    public void check(Listing listing, Emitter out) {
        Optional<String> status = listing.string("/status");
        if (status.isEmpty() || !STILL_OFFERED.contains(status.get())) {
            return;
        }
        String latest = null;
        LocalDate latestDate = null;
        for (Intakes.Dates intake : Intakes.of(listing)) {
            Optional<LocalDate> deadline = intake.deadline();
            if (deadline.isEmpty()) {
                return;
            }
            if (latestDate == null || deadline.get().isAfter(latestDate)) {
                latestDate = deadline.get();
                latest = intake.pointer();
            }
        }
        if (latestDate != null && latestDate.isBefore(listing.asOf())) {
            report(out, latest + "/applicationDeadline", StatusAndDays.day(listing, latestDate),
                    StatusAndDays.day(listing, listing.asOf()), StatusAndDays.status(listing, status.get()),
                    StatusAndDays.status(listing, "closed"));
        }
    }
}
