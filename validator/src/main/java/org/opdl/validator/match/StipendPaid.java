package org.opdl.validator.match;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Optional;
import java.util.Set;
import org.opdl.model.text.Lang;
import org.opdl.model.text.Text;
import tools.jackson.databind.JsonNode;

/**
 * What a stipend pays, as the listing states it: its amount and the period one amount covers ("pays a
 * stipend of $600 a week"), the period alone when the amount is not published ("pays a stipend by the
 * hour, its amount not stated"), or the least paid in all. A producer weighing a paid placement needs
 * the period as much as the amount, as a wage by the hour and a lump sum are not the same money. An
 * amount in another currency than the Canadian dollar is said with its currency's code ("500 EUR"),
 * never turned into dollars.
 */
final class StipendPaid {

    private static final Set<String> PERIODS = Set.of("hour", "week", "month", "year", "total");

    private StipendPaid() {
    }

    /** The reason that says what {@code stipend}, a listing's {@code stipend} object, pays. */
    static Reason of(JsonNode stipend) {
        String period = stipend.path("period").asString("");
        Optional<Reason> amount = money(stipend.path("amount"));
        Optional<Reason> least = money(stipend.path("minimum"));
        boolean known = PERIODS.contains(period);
        if (amount.isPresent()) {
            return Reason.of(known ? "cost.stipend.amount." + period : "cost.stipend.amount", amount.get());
        } else if (least.isPresent()) {
            return Reason.of("cost.stipend.minimum", least.get());
        }
        return Reason.of(known ? "cost.stipend." + period : "cost.stipend");
    }

    private static Optional<Reason> money(JsonNode money) {
        BigDecimal amount;
        try {
            amount = new BigDecimal(money.path("amount").asString("").strip());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        String currency = money.path("currency").asString("CAD");
        if (amount.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(currency.equals("CAD") ? new Reason.Dollars(amount)
                : Reason.said(new Text(written(amount, Lang.EN) + " " + currency, written(amount, Lang.FR) + "\u00a0" + currency)));
    }

    /** An amount grouped as the language groups it (a narrow no-break space in French), with cents only when it has some. */
    private static String written(BigDecimal amount, Lang lang) {
        NumberFormat f = NumberFormat.getNumberInstance(lang.locale());
        int cents = amount.stripTrailingZeros().scale() > 0 ? 2 : 0;
        f.setMinimumFractionDigits(cents);
        f.setMaximumFractionDigits(cents);
        return f.format(amount).replace('\u00a0', '\u202f');
    }
}
