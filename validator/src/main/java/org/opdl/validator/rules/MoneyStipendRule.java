package org.opdl.validator.rules;

import java.util.Map;
import org.opdl.model.finding.Severity;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.RecordRule;

/**
 * {@code opdl.money.placement-without-stipend}: a paid placement or internship that states no stipend.
 * A provider that says a stipend is paid without its amount marks {@code financialHelp}, so the
 * rule asks for no amount the provider does not publish.
 */
final class MoneyStipendRule extends BaseRule implements RecordRule {

    private static final String PAID_PLACEMENT = "paid-placement";

    MoneyStipendRule() {
        super("opdl.money.placement-without-stipend", Severity.WARNING, Layer.SEMANTIC);
    }

    @Override
    public void check(Listing listing, Emitter out) {
        if (listing.has("/stipend") || statesHelp(listing)) {
            return;
        }
        for (Map.Entry<Integer, String> e : listing.strings("/programTypes").entrySet()) {
            if (e.getValue().equals(PAID_PLACEMENT)) {
                report(out, "/programTypes/" + e.getKey());
                return;
            }
        }
    }

    /** Whether the provider says there is money without its amount: {@code financialHelp} is true. */
    private static boolean statesHelp(Listing listing) {
        var help = listing.at("/financialHelp");
        return help.isBoolean() && help.booleanValue();
    }
}
