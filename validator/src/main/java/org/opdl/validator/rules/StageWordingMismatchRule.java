package org.opdl.validator.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opdl.model.finding.Severity;
import org.opdl.model.stage.Crosswalk;
import org.opdl.model.vocab.MatchKind;
import org.opdl.validator.internal.check.Wordings;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.RecordRule;

/** {@code opdl.stage.wording-mismatch}: the provider's own stage wording names other stages than those declared. */
final class StageWordingMismatchRule extends BaseRule implements RecordRule {

    StageWordingMismatchRule() {
        super("opdl.stage.wording-mismatch", Severity.WARNING, Layer.SEMANTIC);
    }

    @Override
    public void check(Listing listing, Emitter out) {
        Set<String> declared = new HashSet<>(listing.strings("/careerStages").values());
        if (declared.isEmpty()) {
            return;
        }
        for (Map.Entry<String, Crosswalk.Result> e : Wordings.of(listing).entrySet()) {
            Crosswalk.Result result = e.getValue();
            if (result.matches().isEmpty()) {
                continue;
            }
            List<String> exactMissing = new ArrayList<>();
            boolean anyDeclared = false;
            for (Crosswalk.StageMatch m : result.matches()) {
                anyDeclared |= declared.contains(m.stage());
                if (m.match() == MatchKind.EXACT && !declared.contains(m.stage())) {
                    exactMissing.add(m.stage());
                }
            }
            if (!anyDeclared || !exactMissing.isEmpty()) {
                List<String> named = List.copyOf(result.stages());
                List<String> ordered = listing.standard().scale().codes().stream()
                        .filter(declared::contains).toList();
                report(out, "/stageWording/" + e.getKey(), result.wording(), named, ordered);
            }
        }
    }
}
