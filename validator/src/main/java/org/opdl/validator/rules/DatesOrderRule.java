package org.opdl.validator.rules;

import java.time.LocalDate;
import java.util.Optional;
import org.opdl.model.finding.Severity;
import org.opdl.validator.internal.check.Intakes;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.RecordRule;

/** {@code opdl.dates.order}: an intake ends before it starts. */
final class DatesOrderRule extends BaseRule implements RecordRule {

    DatesOrderRule() {
        super("opdl.dates.order", Severity.ERROR, Layer.SEMANTIC);
    }

    @Override
    public void check(Listing listing, Emitter out) {
        for (Intakes.Dates intake : Intakes.of(listing)) {
            Optional<LocalDate> start = intake.start();
            Optional<LocalDate> end = intake.end();
            if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
                report(out, intake.pointer() + "/endDate", end.get(), start.get());
            }
        }
    }
}
