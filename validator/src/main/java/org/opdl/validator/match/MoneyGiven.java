package org.opdl.validator.match;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opdl.model.text.Text;
import tools.jackson.databind.JsonNode;

/**
 * What a program gives its participants besides what they pay: an award to each selected project
 * (a fixed amount, a range, or a most or least) and the prizes some participants may win, said after
 * the cost. A producer weighing a grant or a pitch forum learns what it gives, not only that it is
 * free; the cost is judged as before. An amount in a currency other than dollars is left out of the
 * words rather than shown as dollars; the award or prize is still said.
 */
final class MoneyGiven {

    private MoneyGiven() {
    }

    /** The reason {@code cost} followed by the award and the prizes of {@code listing}; {@code cost} alone when it states neither. */
    static Reason beside(Reason cost, JsonNode listing) {
        List<Reason> given = new ArrayList<>(2);
        if (listing.path("award").isObject()) {
            given.add(award(listing.path("award")));
        }
        if (listing.path("prizes").isArray() && !listing.path("prizes").isEmpty()) {
            given.add(prizes(listing.path("prizes")));
        }
        if (given.isEmpty()) {
            return cost;
        }
        Reason what = given.size() == 1 ? given.get(0) : Reason.of("given.both", given.get(0), given.get(1));
        return Reason.of("given.also", cost, what);
    }

    private static Reason award(JsonNode award) {
        Optional<BigDecimal> fixed = dollars(award.path("amount"));
        Optional<BigDecimal> least = dollars(award.path("minimum"));
        Optional<BigDecimal> most = dollars(award.path("maximum"));
        if (fixed.isPresent()) {
            return Reason.of("given.award.fixed", new Reason.Dollars(fixed.get()));
        } else if (least.isPresent() && most.isPresent()) {
            return Reason.of("given.award.range", new Reason.Dollars(least.get()), new Reason.Dollars(most.get()));
        } else if (most.isPresent()) {
            return Reason.of("given.award.most", new Reason.Dollars(most.get()));
        }
        return least.map(l -> Reason.of("given.award.least", new Reason.Dollars(l))).orElseGet(() -> Reason.of("given.award"));
    }

    private static Reason prizes(JsonNode prizes) {
        List<Text> named = new ArrayList<>();
        for (JsonNode prize : prizes) {
            Text name = Words.phrase(prize.path("name"));
            Optional<BigDecimal> amount = dollars(prize.path("amount")).or(() -> dollars(prize.path("minimum")));
            String key = prize.has("amount") ? "given.prize.amount" : "given.prize.minimum";
            if (name.en().isEmpty()) {
                named.add(amount.map(a -> Words.text(key + ".unnamed", Figures.dollars(a))).orElseGet(() -> Words.text("given.prize.unnamed")));
            } else {
                named.add(amount.map(a -> Words.text(key, name, Figures.dollars(a))).orElse(name));
            }
        }
        return Reason.of(prizes.size() == 1 ? "given.prizes.one" : "given.prizes.other", Reason.said(Words.listed(named)));
    }

    /** An amount in Canadian dollars, the currency matching speaks in; empty for another currency or none. */
    private static Optional<BigDecimal> dollars(JsonNode money) {
        if (!money.path("currency").asString("CAD").equals("CAD")) {
            return Optional.empty();
        }
        try {
            String written = money.path("amount").asString("").strip();
            return written.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(written)).filter(a -> a.signum() > 0);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
