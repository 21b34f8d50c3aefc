package org.opdl.validator.rules;

import java.time.LocalDate;
import java.util.Optional;
import org.opdl.model.finding.Severity;
import org.opdl.validator.internal.check.Intakes;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.RecordRule;

/** {@code opdl.dates.opens-after-deadline}: applications open after their deadline. */
final class DatesOpensAfterDeadlineRule extends BaseRule implements RecordRule {

    DatesOpensAfterDeadlineRule() {
        super("opdl.dates.opens-after-deadline", Severity.ERROR, Layer.SEMANTIC);
    }

    @Override
    public void check(Listing listing, Emitter out) {
        for (Intakes.Dates intake : Intakes.of(listing)) {
            Optional<LocalDate> opens = intake.opens();
            Optional<LocalDate> deadline = intake.deadline();
            if (opens.isPresent() && deadline.isPresent() && opens.get().isAfter(deadline.get())) {
                report(out, intake.pointer() + "/applicationOpens", opens.get(), deadline.get());
            }
        }
    }
}
