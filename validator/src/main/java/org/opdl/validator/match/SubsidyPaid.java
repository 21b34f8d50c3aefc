package org.opdl.validator.match;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Optional;
import org.opdl.model.text.Lang;
import org.opdl.model.text.Text;
import tools.jackson.databind.JsonNode;

/**
 * What a cost subsidy (a travel or professional-development grant) pays of a participant's costs:
 * its share ("50%", « 50 % ») and its cap, said where the listing states no fee. What is left to the
 * producer depends on her own costs, which no listing can state, so the cost stays unknown; the
 * reason says what the program pays rather than that it states nothing. A subsidy beside fees (or
 * beside "no fees", or a stipend) is said after them, the fees judged as before.
 */
final class SubsidyPaid {

    private SubsidyPaid() {
    }

    /** The reason that says what {@code subsidy} pays, or empty when it states neither a share nor a cap in dollars. */
    static Optional<Reason> of(JsonNode subsidy) {
        return said(subsidy, "cost.subsidy.");
    }

    /**
     * The reason {@code cost}, the fees judged (or "is free", or the stipend), followed by what {@code subsidy}
     * pays besides; {@code cost} alone when the subsidy states neither a share nor a cap in dollars.
     */
    static Reason beside(Reason cost, JsonNode subsidy) {
        return said(subsidy, "cost.subsidy.also.").map(paid -> Reason.of("cost.subsidy.also", cost, paid)).orElse(cost);
    }

    private static Optional<Reason> said(JsonNode subsidy, String prefix) {
        Optional<BigDecimal> rate = decimal(subsidy.path("rate")).filter(r -> r.signum() > 0 && r.compareTo(BigDecimal.ONE) <= 0);
        String currency = subsidy.path("cap").path("currency").asString("CAD");
        Optional<BigDecimal> cap = currency.equals("CAD") ? decimal(subsidy.path("cap").path("amount")).filter(c -> c.signum() > 0)
                : Optional.empty();
        if (rate.isPresent() && cap.isPresent()) {
            return Optional.of(Reason.of(prefix + "rate-cap", Reason.said(share(rate.get())), new Reason.Dollars(cap.get())));
        } else if (rate.isPresent()) {
            return Optional.of(Reason.of(prefix + "rate", Reason.said(share(rate.get()))));
        }
        return cap.map(c -> Reason.of(prefix + "cap", new Reason.Dollars(c)));
    }

    /** A share as each language writes a percentage: "50%", « 50 % » (a narrow no-break space, as numbers are grouped). */
    private static Text share(BigDecimal rate) {
        return new Text(percent(rate, Lang.EN), percent(rate, Lang.FR));
    }

    private static String percent(BigDecimal rate, Lang lang) {
        NumberFormat f = NumberFormat.getPercentInstance(lang.locale());
        f.setMaximumFractionDigits(1);
        return f.format(rate).replace('\u00a0', '\u202f');
    }

    private static Optional<BigDecimal> decimal(JsonNode n) {
        String written = n.isNumber() ? n.asString("") : n.isString() ? n.asString("") : "";
        try {
            return written.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(written.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
