package org.opdl.validator.rules;

import java.util.Map;
import java.util.Set;
import org.opdl.model.finding.Severity;
import org.opdl.model.stage.EligibilityBounds;
import org.opdl.validator.internal.check.Eligibility;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.RecordRule;

/** {@code opdl.stage.inconsistent-eligibility}: a declared stage that no one within the eligibility bounds is at. */
final class StageEligibilityRule extends BaseRule implements RecordRule {

    StageEligibilityRule() {
        super("opdl.stage.inconsistent-eligibility", Severity.WARNING, Layer.SEMANTIC);
    }

    @Override
    public void check(Listing listing, Emitter out) {
        Map<Integer, String> declared = listing.strings("/careerStages");
        EligibilityBounds bounds = Eligibility.bounds(listing);
        if (declared.isEmpty() || bounds.isEmpty()) {
            return;
        }
        Set<String> admitted = listing.standard().admittedStages(bounds);
        for (Map.Entry<Integer, String> e : declared.entrySet()) {
            if (listing.standard().scale().rank(e.getValue()) >= 0 && !admitted.contains(e.getValue())) {
                if (admitted.isEmpty()) {
                    reportAs(out, "none", "/careerStages/" + e.getKey(), e.getValue());
                } else {
                    report(out, "/careerStages/" + e.getKey(), e.getValue(), admitted);
                }
            }
        }
    }
}
