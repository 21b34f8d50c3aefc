package org.opdl.validator.rules;

import java.time.LocalDate;
import java.util.Optional;
import org.opdl.model.finding.Severity;

/** {@code opdl.dates.order}: an intake ends before it starts. */
final class DatesOrderRule extends BaseRule implements RecordRule {

    DatesOrderRule() {
        super("opdl.dates.order", Severity.ERROR, Layer.SEMANTIC);
    }

    @Override
    public void check(Listing listing, Emitter out) {
        for (String intake : listing.items("/intakes")) {
            Optional<LocalDate> start = listing.date(intake + "/startDate");
            Optional<LocalDate> end = listing.date(intake + "/endDate");
            if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
                report(out, intake + "/endDate", end.get(), start.get());
            }
        }
    }
}
