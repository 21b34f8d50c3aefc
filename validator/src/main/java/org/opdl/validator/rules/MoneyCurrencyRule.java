package org.opdl.validator.rules;

import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.opdl.model.definition.FieldType;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Nearest;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.RecordRule;

/** {@code opdl.money.unknown-currency}: an amount's currency is not an ISO 4217 code. */
final class MoneyCurrencyRule extends BaseRule implements RecordRule {

    private static final Set<String> CODES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    MoneyCurrencyRule() {
        super("opdl.money.unknown-currency", Severity.ERROR, Layer.SEMANTIC);
    }

    @Override
    public void check(Listing listing, Emitter out) {
        for (Listing.Value value : listing.stringsOf(FieldType.CURRENCY)) {
            String pointer = value.pointer();
            String code = value.node().stringValue();
            if (!CODES.contains(code)) {
                check(code, pointer, out);
            }
        }
    }

    private void check(String code, String pointer, Emitter out) {
        String upper = code.strip().toUpperCase(Locale.ROOT);
        if (CODES.contains(upper)) {
            report(out, pointer, code, upper);
            return;
        }
        List<String> near = Nearest.among(upper, List.of("CAD", "USD", "EUR", "GBP"), 1);
        if (near.isEmpty()) {
            reportAs(out, "nohint", pointer, code);
        } else {
            report(out, pointer, code, near.get(0));
        }
    }
}
