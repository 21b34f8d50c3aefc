package org.opdl.validator.rules;

import org.opdl.model.finding.Severity;
import org.opdl.model.vocab.Lookup;
import org.opdl.validator.rule.Codes;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.RecordRule;

/**
 * {@code opdl.vocab.label-as-code}: a label or a differently written code ("Mentorship",
 * "Mi-carrière", "Early Career") where the code belongs.
 */
final class LabelAsCodeRule extends BaseRule implements RecordRule {

    LabelAsCodeRule() {
        super("opdl.vocab.label-as-code", Severity.ERROR, Layer.VOCABULARY);
    }

    @Override
    public void check(Listing listing, Emitter out) {
        for (Codes.Value v : Codes.all(listing)) {
            if (v.concept().isEmpty()) {
                Lookup.Result result = listing.standard().lookUp(v.value(), v.scheme().id());
                if (result.found()) {
                    report(out, v.pointer(), v.value(), result.matches().get(0).concept().code(), v.scheme().label());
                }
            }
        }
    }
}
