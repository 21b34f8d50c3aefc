package org.opdl.validator.rules;

import org.opdl.model.finding.Severity;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.RecordRule;

/** {@code opdl.delivery.online-street-address}: an online program that gives a street address. */
final class DeliveryStreetRule extends BaseRule implements RecordRule {

    DeliveryStreetRule() {
        super("opdl.delivery.online-street-address", Severity.INFO, Layer.SEMANTIC);
    }

    @Override
    public void check(Listing listing, Emitter out) {
        if (!listing.string("/deliveryMode").map("online"::equals).orElse(false)) {
            return;
        }
        for (Listing.Value place : listing.objectsIn("locations")) {
            if (Listing.stringOrNull(place.node().get("streetAddress")) != null) {
                report(out, place.pointer() + "/streetAddress");
            }
        }
    }
}
