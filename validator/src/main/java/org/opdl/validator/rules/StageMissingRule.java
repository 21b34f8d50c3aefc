package org.opdl.validator.rules;

import org.opdl.model.finding.Severity;
import org.opdl.validator.internal.check.Eligibility;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.RecordRule;

/**
 * {@code opdl.stage.missing}: the listing says neither which career stages it serves nor what it
 * requires, in its own fields, its streams or its other ways in.
 */
final class StageMissingRule extends BaseRule implements RecordRule {

    StageMissingRule() {
        super("opdl.stage.missing", Severity.WARNING, Layer.SEMANTIC);
    }

    @Override
    public void check(Listing listing, Emitter out) {
        if (listing.has("/careerStages") || listing.has("/stageWording")) {
            return;
        }
        if (Eligibility.bounds(listing).isEmpty() && !anyWayStates(listing)) {
            report(out, "/careerStages");
        }
    }

    /** Whether a stream or another way in gives stages or bounds: those say what the program requires too. */
    private static boolean anyWayStates(Listing listing) {
        for (String array : new String[] {"streams", "eligibilityAlternatives"}) {
            for (Listing.Value way : listing.objectsIn(array)) {
                for (String f : StreamWithoutStagesRule.ADMITS) {
                    if (way.node().has(f)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
