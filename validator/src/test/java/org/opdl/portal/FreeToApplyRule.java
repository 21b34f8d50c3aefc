package org.opdl.portal;

import org.opdl.model.finding.Severity;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.RecordRule;
import org.opdl.validator.rule.RuleInfo;

/** {@code opdl.portal.free-to-apply}: a portal's own rule, that a listing charges no application fee. */
final class FreeToApplyRule implements RecordRule {

    private static final RuleInfo INFO = new RuleInfo("opdl.portal.free-to-apply", Severity.ERROR, Layer.SEMANTIC);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(Listing listing, Emitter out) {
        for (Listing.Value fee : listing.objectsIn("fees")) {
            if ("application-fee".equals(Listing.stringOrNull(fee.node().get("feeType")))) {
                String amount = fee.pointer() + "/amount";
                out.emit(INFO, "", fee.pointer(), listing.string(amount + "/amount").orElse("?"),
                        listing.string(amount + "/currency").orElse(""));
            }
        }
    }
}
