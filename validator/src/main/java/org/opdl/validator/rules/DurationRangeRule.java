package org.opdl.validator.rules;

import java.util.Optional;
import org.opdl.model.finding.Severity;
import org.opdl.validator.internal.check.DurationSpan;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.RecordRule;
import org.opdl.validator.rule.RunMemo;

/**
 * {@code opdl.dates.duration-min-above-max}: the shortest duration is longer than the longest,
 * whatever the length of its months and years.
 */
final class DurationRangeRule extends BaseRule implements RecordRule {

    /** Durations repeat across a file ("P140D", "P6M"); each is read once per run. */
    static final RunMemo<Optional<DurationSpan>> SPANS = new RunMemo<>(64, DurationSpan::of);

    DurationRangeRule() {
        super("opdl.dates.duration-min-above-max", Severity.ERROR, Layer.SEMANTIC);
    }

    @Override
    public void check(Listing listing, Emitter out) {
        Optional<String> min = listing.string("/minDuration");
        Optional<String> max = listing.string("/maxDuration");
        if (min.isEmpty() || max.isEmpty()) {
            return;
        }
        Optional<DurationSpan> shortest = listing.recall(SPANS, min.get());
        Optional<DurationSpan> longest = listing.recall(SPANS, max.get());
        if (shortest.isPresent() && longest.isPresent() && shortest.get().surelyLongerThan(longest.get())) {
            report(out, "/minDuration", min.get(), max.get());
        }
    }
}
