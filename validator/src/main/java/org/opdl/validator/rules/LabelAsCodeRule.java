package org.opdl.validator.rules;

import java.util.Optional;
import org.opdl.model.finding.Severity;
import org.opdl.model.vocab.Lookup;

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
        Codes.forEach(listing, v -> {
            if (v.scheme().concept(v.value()).isPresent()) {
                return;
            }
            Lookup.Result result = new Lookup(listing.standard().vocabulary()).find(v.value(), Optional.of(v.scheme().id()));
            if (result.found()) {
                report(out, v.pointer(), v.value(), result.matches().get(0).concept().code(), v.scheme().label());
            }
        });
    }
}
