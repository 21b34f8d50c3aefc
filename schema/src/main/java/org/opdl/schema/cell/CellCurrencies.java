package org.opdl.schema.cell;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opdl.model.definition.FieldType;
import org.opdl.model.field.Field;
import org.opdl.model.text.Folding;

/**
 * A currency written in a currency column as amounts write it: "CA$", "$ CAD", "CDN", "dollars
 * canadiens", "US$". Each names one ISO 4217 code, as an amount's own words do ("CA$5,000" is read
 * with CAD), so it is read as that code. A dollar sign alone names Canadian and US dollars alike,
 * and words that state no value ("N/A") name none: both are refused with what to write. Other
 * words ("dollars") are left to the currency check, as the examples of invalid data show it.
 * A currency alone in an amount's column ("dollars", "CAD") gives no sum, and is refused with
 * where each part goes.
 */
final class CellCurrencies {

    private static final String CAD = "CAD";
    private static final String USD = "USD";
    /** The forms that name one currency, in lower case without spaces or dots, accents folded. */
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("ca$", CAD), Map.entry("c$", CAD), Map.entry("$ca", CAD), Map.entry("cad$", CAD), Map.entry("$cad", CAD),
            Map.entry("can$", CAD), Map.entry("$can", CAD), Map.entry("cdn$", CAD), Map.entry("$cdn", CAD), Map.entry("cdn", CAD),
            Map.entry("cad", CAD), Map.entry("canadiandollars", CAD), Map.entry("canadiandollar", CAD), Map.entry("dollarscanadiens", CAD),
            Map.entry("dollarcanadien", CAD), Map.entry("us$", USD), Map.entry("$us", USD), Map.entry("usd$", USD), Map.entry("$usd", USD),
            Map.entry("usd", USD), Map.entry("usdollars", USD), Map.entry("usdollar", USD), Map.entry("dollarsamericains", USD),
            Map.entry("dollaramericain", USD));

    /** A dollar named alone, as a sign or a word, which Canadian and US dollars share. */
    private static final Set<String> DOLLAR_ALONE = Set.of("$", "dollars", "dollar");

    private CellCurrencies() {
    }

    /**
     * The code {@code v} names when it is no code already; empty for a code, or for words left to
     * the currency check.
     *
     * @throws Unreadable for words that state no value, and for a dollar sign alone
     */
    static Optional<String> code(String v) {
        NotStated.refuse(v);
        String key = key(v);
        if (key.equals("$")) {
            throw new Unreadable(v, Refusal.CURRENCY_DOLLAR, v);
        }
        return Optional.ofNullable(NAMED.get(key)).filter(c -> !c.equals(v));
    }

    /**
     * Why a cell of an amount's column that names a currency and no sum ("dollars", "CAD", "$")
     * holds no amount, with the column the currency goes in; empty for any other cell.
     */
    static Optional<Unreadable> aloneInAmount(Field field, String v) {
        if (field.type() != FieldType.DECIMAL || field.parent().isEmpty()) {
            return Optional.empty();
        }
        String key = key(v);
        if (!DOLLAR_ALONE.contains(key) && !NAMED.containsKey(key)) {
            return Optional.empty();
        }
        return field.parent().get().children().stream().filter(f -> f.type() == FieldType.CURRENCY).findFirst()
                .map(currency -> new Unreadable(v, Refusal.AMOUNT_CURRENCY_ONLY, v, currency.headingOrLabel()));
    }

    private static String key(String v) {
        return v.indexOf('$') >= 0 ? v.toLowerCase(Locale.ROOT).replaceAll("[\\s.]", "") : Folding.fold(v).replace(" ", "");
    }
}
