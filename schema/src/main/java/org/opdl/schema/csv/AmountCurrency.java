package org.opdl.schema.csv;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.opdl.schema.cell.Readings;
import org.opdl.schema.csv.SecondFacts.Fact;
import org.opdl.schema.csv.SecondFacts.Row;
import tools.jackson.databind.JsonNode;

/**
 * An amount written with the currency that names it, as calls write it: "CAD 250", "250 $ CA",
 * "USD 40", "US$40", "C$1,500". The standard has a home for the currency (the amount's own
 * currency column), so it goes there when the row leaves that column blank or says the same, and
 * is refused at the cell when the row says another. A dollar sign alone names no currency (Canadian
 * and American dollars are both written so), so it is never taken for one.
 */
final class AmountCurrency {

    /** A code or sign naming one currency, before or after the amount; a dollar sign alone is none. */
    private static final String NAMED = "CAD|CDN\\$?|CAN\\$|CA\\$|C\\$|\\$\\s?CAN|\\$\\s?CA|\\$\\s?CDN|USD|US\\$|\\$\\s?US|EUR|€|euros?|GBP|£";
    private static final Pattern WRITTEN = Pattern.compile("(?iu)(?:(?<before>" + NAMED + ")\\s*)?(?<amount>\\$?\\s*\\d[\\d\\s\\u00A0\\u202F.,]*"
            + "(?:\\s*(?:[kK]|M|millions?))?)\\s*(?<after>" + NAMED + "|dollars? canadiens?|dollars? américains?)?");
    /** The amount columns of the standard, each with its currency column beside it: as "Fee amount" and "Fee currency". */
    private static final Set<String> AMOUNTS = CsvLayout.standard().columns().stream().map(Column::pointer)
            .filter(p -> p.endsWith("/currency")).map(p -> p.substring(0, p.length() - "currency".length()) + "amount")
            .filter(p -> CsvLayout.standard().columns().stream().anyMatch(c -> c.pointer().equals(p)))
            .collect(Collectors.toUnmodifiableSet());

    private AmountCurrency() {
    }

    /** True when the column at {@code pointer} holds an amount whose currency has its own column. */
    static boolean isAmount(String pointer) {
        return AMOUNTS.contains(pointer);
    }

    /**
     * The amount of cell {@code i}'s part {@code k} without the currency that names it, which
     * becomes the amount's currency or a refusal; empty when the part names none, or its amount
     * cannot be read, so that the cell is read, or refused, as it stands.
     */
    static Optional<String> split(Row row, int i, int k, String v) {
        if (!hasLetterOrSign(v)) {
            return Optional.empty();
        }
        Matcher m = WRITTEN.matcher(v.strip());
        if (!m.matches() || m.group("before") != null && m.group("after") != null) {
            return Optional.empty();
        }
        String written = m.group("before") != null ? m.group("before") : m.group("after");
        String code = written == null ? null : code(written);
        String amount = m.group("amount").strip();
        Optional<String> read = code == null ? Optional.empty() : SecondFacts.read(row, i, amount);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        String pointer = row.headings().columns().get(i).pointer();
        String currency = pointer.substring(0, pointer.length() - "amount".length()) + "currency";
        boolean grouped = currency.contains("*");
        JsonNode node = SecondFacts.NODES.stringNode(code);
        if (!SecondFacts.differs(row, i, grouped ? k : -1, currency, node, v, CsvMessages.CSV_FACT_WORDS.text(written.strip()))) {
            row.facts().add(new Fact(currency.replace("*", Integer.toString(k)), node));
            row.readings().add(Readings.Kind.AMOUNT_CURRENCY, row.at().apply(i), v, read.get() + ", " + code);
        }
        return Optional.of(amount);
    }

    /** The ISO 4217 code of a currency as written: CAD for "CA$" or "$ CA", USD for "US$". */
    private static String code(String written) {
        String w = written.toUpperCase(Locale.ROOT).replace(" ", "");
        return w.contains("US") || w.contains("AMÉRICAIN") ? "USD" : w.contains("EUR") || w.equals("€") ? "EUR"
                : w.equals("GBP") || w.equals("£") ? "GBP" : "CAD";
    }

    /** The cheap first test: an amount naming its currency has a letter or a sign other than a dollar's. */
    private static boolean hasLetterOrSign(String v) {
        for (int j = 0; j < v.length(); j++) {
            char ch = v.charAt(j);
            if (Character.isLetter(ch) || ch == '€' || ch == '£') {
                return true;
            }
        }
        return false;
    }

}
