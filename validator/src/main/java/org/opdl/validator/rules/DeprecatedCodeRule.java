package org.opdl.validator.rules;

import org.opdl.model.finding.Severity;
import org.opdl.model.vocab.Concept;
import org.opdl.validator.rule.Codes;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.RecordRule;

/** {@code opdl.vocab.deprecated}: a code the standard has deprecated, with its replacement when there is one. */
final class DeprecatedCodeRule extends BaseRule implements RecordRule {

    DeprecatedCodeRule() {
        super("opdl.vocab.deprecated", Severity.WARNING, Layer.VOCABULARY);
    }

    @Override
    public void check(Listing listing, Emitter out) {
        for (Codes.Value v : Codes.all(listing)) {
            if (v.concept().isEmpty() || !v.concept().get().deprecated()) {
                continue;
            }
            Concept c = v.concept().get();
            if (c.replacedBy().isPresent()) {
                report(out, v.pointer(), v.value(), c.replacedBy().get());
            } else {
                reportAs(out, "noreplacement", v.pointer(), v.value());
            }
        }
    }
}
