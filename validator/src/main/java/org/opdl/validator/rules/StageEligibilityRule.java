package org.opdl.validator.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opdl.validator.internal.check.Wordings;
import org.opdl.model.finding.Severity;
import org.opdl.model.stage.CareerStageScale;
import org.opdl.model.stage.Crosswalk;
import org.opdl.model.text.Text;
import org.opdl.model.vocab.MatchKind;
import org.opdl.validator.internal.check.Eligibility;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.RecordRule;

/**
 * {@code opdl.stage.inconsistent-eligibility}: a stage, declared or named by the stage wording,
 * that no one within the eligibility bounds is at. The message says whether the wording names the
 * declared stage too, so that the reader knows which of the three (declared stages, wording,
 * bounds) disagrees. The bounds are those of every way in: a stage that a stream or another way in
 * admits is not outside them.
 */
final class StageEligibilityRule extends BaseRule implements RecordRule {

    StageEligibilityRule() {
        super("opdl.stage.inconsistent-eligibility", Severity.WARNING, Layer.SEMANTIC);
    }

    @Override
    public void check(Listing listing, Emitter out) {
        Set<String> admitted = Eligibility.admittedByAnyWay(listing);
        if (admitted.size() == listing.standard().scale().codes().size()) {
            return;
        }
        Map<Integer, String> declared = listing.strings("/careerStages");
        Map<String, Crosswalk.Result> wordings = Wordings.of(listing);
        if (declared.isEmpty()) {
            checkWording(listing, wordings, admitted, out);
            return;
        }
        boolean worded = wordings.values().stream().anyMatch(r -> !r.matches().isEmpty());
        for (Map.Entry<Integer, String> e : declared.entrySet()) {
            String stage = e.getValue();
            if (listing.standard().scale().rank(stage) < 0 || admitted.contains(stage)) {
                continue;
            }
            String side = !worded ? "" : wordings.values().stream().anyMatch(r -> r.stages().contains(stage))
                    ? "worded" : "unworded";
            String pointer = "/careerStages/" + e.getKey();
            Text label = stageLabel(listing, stage);
            if (admitted.isEmpty()) {
                reportAs(out, side.isEmpty() ? "none" : "none." + side, pointer, label);
            } else {
                reportAs(out, side, pointer, label, stageLabels(listing, admitted));
            }
        }
    }

    /**
     * Without declared stages, the stages the wording names are held to the bounds instead, as the
     * wording-mismatch rule holds them to declared stages: a stage the wording names exactly, or
     * every stage it names, outside the bounds.
     */
    private void checkWording(Listing listing, Map<String, Crosswalk.Result> wordings, Set<String> admitted,
            Emitter out) {
        for (Map.Entry<String, Crosswalk.Result> w : wordings.entrySet()) {
            Crosswalk.Result result = w.getValue();
            List<String> outside = result.matches().stream()
                    .filter(m -> !admitted.contains(m.stage())).map(Crosswalk.StageMatch::stage).toList();
            boolean exactOutside = result.matches().stream()
                    .anyMatch(m -> m.match() == MatchKind.EXACT && !admitted.contains(m.stage()));
            if (result.matches().isEmpty() || !exactOutside && outside.size() < result.matches().size()) {
                continue;
            }
            List<Text> ordered = stageLabels(listing, admitted);
            reportAs(out, ordered.isEmpty() ? "wording.none" : "wording", "/stageWording/" + w.getKey(),
                    result.wording(), outside.stream().map(s -> stageLabel(listing, s)).toList(), ordered);
        }
    }

    /** A stage as the reader's dropdown and report name it: its label, in the language of the output. */
    private static Text stageLabel(Listing listing, String stage) {
        return listing.standard().vocabulary().label(CareerStageScale.SCHEME, stage);
    }

    /** The labels of the stages in {@code stages}, in the order of the scale. */
    private static List<Text> stageLabels(Listing listing, Set<String> stages) {
        return listing.standard().scale().codes().stream().filter(stages::contains).map(s -> stageLabel(listing, s)).toList();
    }
}
