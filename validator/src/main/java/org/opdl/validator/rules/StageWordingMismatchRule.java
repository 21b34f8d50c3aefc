package org.opdl.validator.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opdl.validator.internal.check.Eligibility;
import org.opdl.model.finding.Severity;
import org.opdl.model.stage.Crosswalk;
import org.opdl.model.vocab.MatchKind;
import org.opdl.validator.internal.check.Wordings;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.RecordRule;

/**
 * {@code opdl.stage.wording-mismatch}: the provider's own stage wording names other stages than
 * those declared. When the listing also has eligibility bounds, the message says which side the
 * bounds agree with, so that the reader knows which of the three to change. Codes that are not
 * stages of the scale are left to the vocabulary rule: they declare nothing to compare.
 */
final class StageWordingMismatchRule extends BaseRule implements RecordRule {

    StageWordingMismatchRule() {
        super("opdl.stage.wording-mismatch", Severity.WARNING, Layer.SEMANTIC);
    }

    @Override
    public void check(Listing listing, Emitter out) {
        Set<String> declared = new HashSet<>(listing.strings("/careerStages").values());
        declared.removeIf(code -> listing.standard().scale().rank(code) < 0);
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
                reportAs(out, boundsSide(listing, declared, result.stages()), "/stageWording/" + e.getKey(),
                        result.wording(), named, ordered);
            }
        }
    }

    /**
     * Which of the declared stages and the wording the eligibility bounds of every way in (the
     * listing's own, its streams', its other ways in) agree with: the message variant, empty when they
     * bound no stage.
     */
    private static String boundsSide(Listing listing, Set<String> declared, Set<String> worded) {
        Set<String> admitted = Eligibility.admittedByAnyWay(listing);
        if (admitted.size() == listing.standard().scale().codes().size()) {
            return "";
        }
        boolean declaredFits = admitted.containsAll(declared);
        boolean wordingFits = admitted.containsAll(worded);
        if (declaredFits && wordingFits) {
            return "bounds-both";
        }
        if (declaredFits) {
            return "bounds-declared";
        }
        return wordingFits ? "bounds-wording" : "bounds-neither";
    }
}
