package org.opdl.validator.rules;

import java.util.Collection;
import java.util.List;
import org.opdl.model.finding.Severity;
import org.opdl.model.stage.StageCriteria;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.RecordRule;

/** {@code opdl.stage.all-stages}: every career stage is declared, which tells a reader nothing. */
final class StageAllRule extends BaseRule implements RecordRule {

    StageAllRule() {
        super("opdl.stage.all-stages", Severity.INFO, Layer.SEMANTIC);
    }

    @Override
    public void check(Listing listing, Emitter out) {
        Collection<String> declared = listing.strings("/careerStages").values();
        List<StageCriteria> stages = listing.standard().scale().stages();
        if (declared.size() < stages.size()) {
            return;
        }
        for (StageCriteria stage : stages) {
            if (!declared.contains(stage.stage())) {
                return;
            }
        }
        report(out, "/careerStages", stages.size());
    }
}
