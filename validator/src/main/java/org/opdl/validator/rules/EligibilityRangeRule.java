package org.opdl.validator.rules;

import java.util.List;
import java.util.OptionalInt;
import org.opdl.model.finding.Severity;

/** {@code opdl.eligibility.min-above-max}: an eligibility minimum above its maximum, which no one can meet. */
final class EligibilityRangeRule extends BaseRule implements RecordRule {

    /** The names of each minimum and maximum, then their pointers, built once rather than per listing. */
    private static final List<String[]> PAIRS = List.of(
            pair("minCompletedWorks", "maxCompletedWorks"),
            pair("minCredits", "maxCredits"),
            pair("minYears", "maxYears"),
            pair("minAge", "maxAge"));

    private static String[] pair(String min, String max) {
        return new String[] {min, max, "/eligibility/" + min, "/eligibility/" + max};
    }

    EligibilityRangeRule() {
        super("opdl.eligibility.min-above-max", Severity.ERROR, Layer.SEMANTIC);
    }

    @Override
    public void check(Listing listing, Emitter out) {
        for (String[] pair : PAIRS) {
            OptionalInt min = listing.integer(pair[2]);
            OptionalInt max = listing.integer(pair[3]);
            if (min.isPresent() && max.isPresent() && min.getAsInt() > max.getAsInt()) {
                report(out, pair[2], pair[0], min.getAsInt(), pair[1], max.getAsInt());
            }
        }
    }
}
