package org.opdl.validator.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.opdl.model.finding.Severity;
import org.opdl.validator.internal.check.Intakes;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.RecordRule;

/**
 * {@code opdl.dates.closed-later-intake}: the listing says it is closed, yet one of its intakes still
 * takes applications, as when a provider marks a program closed after one deadline while the next
 * call is already announced. Matching leaves closed listings out, so no producer would see it.
 */
final class DatesClosedLaterIntakeRule extends BaseRule implements RecordRule {

    DatesClosedLaterIntakeRule() {
        super("opdl.dates.closed-later-intake", Severity.WARNING, Layer.SEMANTIC);
    }

    @Override
    public void check(Listing listing, Emitter out) {
        if (!listing.string("/status").filter("closed"::equals).isPresent()) {
            return;
        }
        List<Intakes.Dates> intakes = Intakes.of(listing);
        for (int i = 0; i < intakes.size(); i++) {
            Intakes.Dates intake = intakes.get(i);
            Optional<LocalDate> deadline = intake.deadline();
            if (deadline.isPresent() && !deadline.get().isBefore(listing.asOf())) {
                Optional<LocalDate> opens = intake.opens().filter(d -> d.isAfter(listing.asOf()));
                String pointer = intake.pointer() + "/applicationDeadline";
                Object closed = StatusAndDays.status(listing, "closed");
                Object until = StatusAndDays.day(listing, deadline.get());
                if (opens.isPresent()) {
                    report(out, pointer, i + 1, until, StatusAndDays.day(listing, opens.get()), closed,
                            StatusAndDays.status(listing, "upcoming"));
                } else {
                    reportAs(out, "open", pointer, i + 1, until, "", closed, StatusAndDays.status(listing, "open"));
                }
                return;
            }
        }
    }
}
