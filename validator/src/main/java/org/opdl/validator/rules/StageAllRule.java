package org.opdl.validator.rules;

import java.util.HashSet;
import org.opdl.model.finding.Severity;

/** {@code opdl.stage.all-stages}: every career stage is declared, which tells a reader nothing. */
final class StageAllRule extends BaseRule implements RecordRule {

    StageAllRule() {
        super("opdl.stage.all-stages", Severity.INFO, Layer.SEMANTIC);
    }

    @Override
    public void check(Listing listing, Emitter out) {
        var declared = new HashSet<>(listing.strings("/careerStages").values());
        if (declared.containsAll(listing.standard().scale().codes())) {
            report(out, "/careerStages", listing.standard().scale().codes().size());
        }
    }
}
