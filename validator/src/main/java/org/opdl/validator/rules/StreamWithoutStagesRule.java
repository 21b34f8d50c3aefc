package org.opdl.validator.rules;

import org.opdl.model.finding.Severity;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.RecordRule;

/**
 * {@code opdl.eligibility.stream-without-stages}: a stream that gives neither a span of stages nor
 * any credit, work or year bound, so it says nothing about who may apply to it.
 */
final class StreamWithoutStagesRule extends BaseRule implements RecordRule {

    /** The fields of a stream that say who it admits. */
    static final String[] ADMITS = {"lowestStage", "highestStage", "minCompletedWorks", "maxCompletedWorks",
        "minCredits", "maxCredits", "minYears", "maxYears"};

    StreamWithoutStagesRule() {
        super("opdl.eligibility.stream-without-stages", Severity.WARNING, Layer.SEMANTIC);
    }

    @Override
    public void check(Listing listing, Emitter out) {
        for (Listing.Value stream : listing.objectsIn("streams")) {
            boolean admits = false;
            for (String f : ADMITS) {
                admits |= stream.node().has(f);
            }
            if (!admits) {
                // Counted from 1, as a coordinator counts the streams of a cell or a sheet; the pointer keeps JSON's index.
                int index = Integer.parseInt(stream.pointer().substring(stream.pointer().lastIndexOf('/') + 1));
                report(out, stream.pointer(), String.valueOf(index + 1));
            }
        }
    }
}
