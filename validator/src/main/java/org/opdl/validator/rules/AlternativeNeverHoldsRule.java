package org.opdl.validator.rules;

import java.util.List;
import org.opdl.model.finding.Severity;
import org.opdl.model.vocab.Concept;
import org.opdl.validator.internal.check.Eligibility;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.RecordRule;
import tools.jackson.databind.JsonNode;

/**
 * {@code opdl.eligibility.alternative-never-holds}: another way in, or a stream, whose lowest stage
 * is above its highest or whose minimum is above its maximum, so that no applicant can meet it.
 */
final class AlternativeNeverHoldsRule extends BaseRule implements RecordRule {

    AlternativeNeverHoldsRule() {
        super("opdl.eligibility.alternative-never-holds", Severity.ERROR, Layer.SEMANTIC);
    }

    @Override
    public void check(Listing listing, Emitter out) {
        List<String> order = listing.standard().vocabulary().scheme("career-stage").orElseThrow().concepts().stream()
                .map(Concept::code).toList();
        for (String array : new String[] {"eligibilityAlternatives", "streams"}) {
            for (Listing.Value item : listing.objectsIn(array)) {
                JsonNode n = item.node();
                int low = order.indexOf(Eligibility.text(n, "lowestStage"));
                int high = order.indexOf(Eligibility.text(n, "highestStage"));
                if (low >= 0 && high >= 0 && low > high) {
                    report(out, item.pointer() + "/lowestStage", "lowestStage", order.get(low), "highestStage", order.get(high));
                    continue;
                }
                for (Eligibility.Bound b : Eligibility.BOUNDS) {
                    JsonNode min = n.get(b.range().min());
                    JsonNode max = n.get(b.range().max());
                    if (min != null && max != null && min.isIntegralNumber() && max.isIntegralNumber()
                            && min.bigIntegerValue().compareTo(max.bigIntegerValue()) > 0) {
                        report(out, item.pointer() + "/" + b.range().min(), b.range().min(), min.toString(), b.range().max(),
                                max.toString());
                        break;
                    }
                }
            }
        }
    }
}
