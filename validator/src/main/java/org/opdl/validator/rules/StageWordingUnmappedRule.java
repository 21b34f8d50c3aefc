package org.opdl.validator.rules;

import java.util.Map;
import org.opdl.model.finding.Severity;
import org.opdl.model.stage.Crosswalk;
import org.opdl.validator.internal.check.Wordings;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.RecordRule;

/** {@code opdl.stage.wording-unmapped}: a part of the stage wording that maps to no career stage. */
final class StageWordingUnmappedRule extends BaseRule implements RecordRule {

    StageWordingUnmappedRule() {
        super("opdl.stage.wording-unmapped", Severity.INFO, Layer.SEMANTIC);
    }

    @Override
    public void check(Listing listing, Emitter out) {
        for (Map.Entry<String, Crosswalk.Result> e : Wordings.of(listing).entrySet()) {
            Crosswalk.Result result = e.getValue();
            for (Crosswalk.Unmapped u : result.unmapped()) {
                String pointer = "/stageWording/" + e.getKey();
                if (u.suggestions().isEmpty()) {
                    reportAs(out, "nohint", pointer, u.part());
                } else {
                    report(out, pointer, u.part(), u.suggestions().get(0));
                }
            }
        }
    }
}
