package org.opdl.validator.rules;

import java.util.Collection;
import java.util.List;
import org.opdl.validator.internal.check.Wordings;
import org.opdl.model.finding.Severity;
import org.opdl.model.stage.Crosswalk;
import org.opdl.model.stage.StageCriteria;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.RecordRule;

/**
 * {@code opdl.stage.all-stages}: every career stage is declared and nothing says the program is
 * really open at every stage. A stage wording that reads as every stage ("all career stages",
 * "tous les niveaux") says so, and is what the fix asks for: removing the stages instead would
 * bring back {@code opdl.stage.missing}, so the advice never leads there.
 */
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
        for (Crosswalk.Result wording : Wordings.of(listing).values()) {
            if (wording.stages().size() == stages.size()) {
                return;
            }
        }
        report(out, "/careerStages", stages.size());
    }
}
