package org.opdl.validator.rules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opdl.model.finding.Severity;
import org.opdl.validator.internal.check.Eligibility;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.RecordRule;

/** {@code opdl.eligibility.min-above-max}: an eligibility minimum above its maximum, which no one can meet. */
final class EligibilityRangeRule extends BaseRule implements RecordRule {

    /** The ranges of the career-stage figures, and of age. */
    private static final List<Eligibility.Range> RANGES = ranges();

    private static List<Eligibility.Range> ranges() {
        List<Eligibility.Range> all = new ArrayList<>();
        Eligibility.BOUNDS.forEach(b -> all.add(b.range()));
        all.add(Eligibility.Range.of("minAge", "maxAge"));
        return List.copyOf(all);
    }

    EligibilityRangeRule() {
        super("opdl.eligibility.min-above-max", Severity.ERROR, Layer.SEMANTIC);
    }

    @Override
    public void check(Listing listing, Emitter out) {
        for (Eligibility.Range range : RANGES) {
            Optional<BigInteger> min = listing.wholeNumber(range.minPointer());
            Optional<BigInteger> max = listing.wholeNumber(range.maxPointer());
            if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
                report(out, range.minPointer(), range.min(), min.get(), range.max(), max.get());
            }
        }
    }
}
