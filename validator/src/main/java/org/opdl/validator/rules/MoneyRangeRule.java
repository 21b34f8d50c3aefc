package org.opdl.validator.rules;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.opdl.model.finding.Severity;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.RecordRule;

/** {@code opdl.money.min-above-max}: an award's minimum is above its maximum in the same currency. */
final class MoneyRangeRule extends BaseRule implements RecordRule {

    MoneyRangeRule() {
        super("opdl.money.min-above-max", Severity.ERROR, Layer.SEMANTIC);
    }

    @Override
    public void check(Listing listing, Emitter out) {
        Optional<BigDecimal> min = listing.decimal("/award/minimum/amount");
        Optional<BigDecimal> max = listing.decimal("/award/maximum/amount");
        Optional<String> minCurrency = listing.string("/award/minimum/currency");
        Optional<String> maxCurrency = listing.string("/award/maximum/currency");
        if (min.isEmpty() || max.isEmpty() || !Objects.equals(minCurrency, maxCurrency)) {
            return;
        }
        if (min.get().compareTo(max.get()) > 0) {
            report(out, "/award/minimum/amount", min.get().toPlainString(), max.get().toPlainString(),
                    minCurrency.orElse(""));
        }
    }
}
