package org.opdl.validator.rules;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.opdl.model.finding.Severity;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.RecordRule;

/** {@code opdl.dates.stale}: the listing was last updated more than twelve months before the run's date. */
final class DatesStaleRule extends BaseRule implements RecordRule {

    DatesStaleRule() {
        super("opdl.dates.stale", Severity.WARNING, Layer.SEMANTIC);
    }

    @Override
    public void check(Listing listing, Emitter out) {
        Optional<OffsetDateTime> updated = listing.dateTime("/lastUpdated");
        if (updated.isEmpty()) {
            return;
        }
        LocalDate day = updated.get().toLocalDate();
        if (day.isBefore(listing.asOf().minusMonths(12))) {
            report(out, "/lastUpdated", day, listing.asOf());
        }
    }
}
