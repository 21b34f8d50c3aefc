package org.opdl.validator.rules;

import java.time.LocalDate;
import java.util.Optional;
import org.opdl.model.finding.Severity;
import org.opdl.validator.internal.check.Intakes;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.RecordRule;

/** {@code opdl.dates.deadline-after-start}: applications close after the intake has started. */
final class DatesDeadlineAfterStartRule extends BaseRule implements RecordRule {

    DatesDeadlineAfterStartRule() {
        super("opdl.dates.deadline-after-start", Severity.WARNING, Layer.SEMANTIC);
    }

    @Override
    public void check(Listing listing, Emitter out) {
        for (Intakes.Dates intake : Intakes.of(listing)) {
            Optional<LocalDate> deadline = intake.deadline();
            Optional<LocalDate> start = intake.start();
            if (deadline.isPresent() && start.isPresent() && deadline.get().isAfter(start.get())) {
                report(out, intake.pointer() + "/applicationDeadline", deadline.get(), start.get());
            }
        }
    }
}
