package org.opdl.validator.rules;

import java.time.LocalDate;
import java.util.Optional;
import org.opdl.model.finding.Severity;

/** {@code opdl.dates.opens-after-deadline}: applications open after their deadline. */
final class DatesOpensAfterDeadlineRule extends BaseRule implements RecordRule {

    DatesOpensAfterDeadlineRule() {
        super("opdl.dates.opens-after-deadline", Severity.ERROR, Layer.SEMANTIC);
    }

    @Override
    public void check(Listing listing, Emitter out) {
        for (String intake : listing.items("/intakes")) {
            Optional<LocalDate> opens = listing.date(intake + "/applicationOpens");
            Optional<LocalDate> deadline = listing.date(intake + "/applicationDeadline");
            if (opens.isPresent() && deadline.isPresent() && opens.get().isAfter(deadline.get())) {
                report(out, intake + "/applicationOpens", opens.get(), deadline.get());
            }
        }
    }
}
