package org.opdl.validator.rules;

import java.time.LocalDate;
import java.util.Optional;
import org.opdl.model.finding.Severity;

/** {@code opdl.dates.deadline-after-start}: applications close after the intake has started. */
final class DatesDeadlineAfterStartRule extends BaseRule implements RecordRule {

    DatesDeadlineAfterStartRule() {
        super("opdl.dates.deadline-after-start", Severity.WARNING, Layer.SEMANTIC);
    }

    @Override
    public void check(Listing listing, Emitter out) {
        for (String intake : listing.items("/intakes")) {
            Optional<LocalDate> deadline = listing.date(intake + "/applicationDeadline");
            Optional<LocalDate> start = listing.date(intake + "/startDate");
            if (deadline.isPresent() && start.isPresent() && deadline.get().isAfter(start.get())) {
                report(out, intake + "/applicationDeadline", deadline.get(), start.get());
            }
        }
    }
}
