package org.opdl.validator.rules;

import java.util.Optional;
import java.util.Set;
import org.opdl.model.finding.Severity;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.RecordRule;

/** {@code opdl.delivery.no-location}: an in-person or hybrid program that gives no location. */
final class DeliveryLocationRule extends BaseRule implements RecordRule {

    private static final Set<String> PHYSICAL = Set.of("in-person", "hybrid");

    DeliveryLocationRule() {
        super("opdl.delivery.no-location", Severity.WARNING, Layer.SEMANTIC);
    }

    @Override
    public void check(Listing listing, Emitter out) {
        Optional<String> mode = listing.string("/deliveryMode");
        if (mode.isPresent() && PHYSICAL.contains(mode.get()) && listing.count("/locations") == 0) {
            report(out, "/deliveryMode", listing.standard().vocabulary().label("delivery-mode", mode.get()));
        }
    }
}
