package org.opdl.validator.rules;

import java.util.List;
import java.util.OptionalInt;
import org.opdl.model.finding.Severity;

/** {@code opdl.eligibility.min-above-max}: an eligibility minimum above its maximum, which no one can meet. */
final class EligibilityRangeRule extends BaseRule implements RecordRule {

    private static final List<String[]> PAIRS = List.of(
            new String[] {"minCompletedWorks", "maxCompletedWorks"},
            new String[] {"minCredits", "maxCredits"},
            new String[] {"minYears", "maxYears"},
            new String[] {"minAge", "maxAge"});

    EligibilityRangeRule() {
        super("opdl.eligibility.min-above-max", Severity.ERROR, Layer.SEMANTIC);
    }

    @Override
    public void check(Listing listing, Emitter out) {
        for (String[] pair : PAIRS) {
            OptionalInt min = listing.integer("/eligibility/" + pair[0]);
            OptionalInt max = listing.integer("/eligibility/" + pair[1]);
            if (min.isPresent() && max.isPresent() && min.getAsInt() > max.getAsInt()) {
                report(out, "/eligibility/" + pair[0], pair[0], min.getAsInt(), pair[1], max.getAsInt());
            }
        }
    }
}
