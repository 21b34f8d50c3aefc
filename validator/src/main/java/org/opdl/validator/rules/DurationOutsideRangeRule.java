package org.opdl.validator.rules;

import java.util.Optional;
import org.opdl.model.finding.Severity;
import org.opdl.validator.internal.check.DurationSpan;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.RecordRule;

/**
 * {@code opdl.dates.duration-outside-range}: the usual duration is shorter than the shortest or
 * longer than the longest the listing gives, whatever the length of its months and years.
 */
final class DurationOutsideRangeRule extends BaseRule implements RecordRule {

    DurationOutsideRangeRule() {
        super("opdl.dates.duration-outside-range", Severity.WARNING, Layer.SEMANTIC);
    }

    @Override
    public void check(Listing listing, Emitter out) {
        Optional<String> usual = listing.string("/duration");
        Optional<DurationSpan> span = usual.flatMap(u -> listing.recall(DurationRangeRule.SPANS, u));
        if (span.isEmpty()) {
            return;
        }
        Optional<String> min = listing.string("/minDuration");
        Optional<String> max = listing.string("/maxDuration");
        if (min.flatMap(m -> listing.recall(DurationRangeRule.SPANS, m)).filter(s -> s.surelyLongerThan(span.get())).isPresent()) {
            report(out, "/duration", usual.get(), min.get());
        } else if (max.flatMap(m -> listing.recall(DurationRangeRule.SPANS, m)).filter(s -> span.get().surelyLongerThan(s)).isPresent()) {
            reportAs(out, "longer", "/duration", usual.get(), max.get());
        }
    }
}
