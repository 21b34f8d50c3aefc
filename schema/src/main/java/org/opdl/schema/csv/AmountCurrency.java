package org.opdl.schema.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opdl.model.definition.FieldType;
import org.opdl.model.field.Field;
import org.opdl.schema.cell.Readings;
import org.opdl.schema.csv.SecondFacts.Fact;
import org.opdl.schema.csv.SecondFacts.Row;
import tools.jackson.databind.JsonNode;

/**
 * An amount written with the currency that names it, as calls write it: "CAD 250", "250 $ CA",
 * "USD 40", "US$40", "C$1,500", "$CAD 5,000", "5000 $CAD". The standard has a home for the currency (the amount's own
 * currency column), so it goes there when the row leaves that column blank or says the same, and
 * is refused at the cell when the row says another. A dollar sign alone names no currency (Canadian
 * and American dollars are both written so), so it is never taken for one.
 */
final class AmountCurrency {

    /** A code or sign naming one currency, before or after the amount; a dollar sign alone is none. */
    private static final String NAMED = "\\$\\s?CAD|CAD|CDN\\$?|CAN\\$|CA\\$|C\\$|\\$\\s?CAN|\\$\\s?CA|\\$\\s?CDN|USD|US\\$|\\$\\s?US|EUR|€|euros?|GBP|£";
    /**
     * An amount with the currency that names it, and words before or after it that the amount's
     * column may read ("at least", "up to", "et plus"): "at least USD 16,000", "min. US$16,000",
     * "au moins 16 000 $ US".
     */
    private static final Pattern WRITTEN = Pattern.compile("(?iu)(?<pre>[^\\d$]*?)(?:(?<before>" + NAMED + ")\\s*)?\\$?\\s*(?<number>\\d[\\d\\s\\u00A0\\u202F.,]*?"
            + "(?:\\s*(?:[kK]|M|millions?))?)\\s*(?:(?<after>" + NAMED + "|dollars? canadiens?|dollars? américains?)|\\$)?(?<post>[^\\d$]*)");
    /** The pointer of each amount column of the standard to its currency column's: as "Fee amount" and "Fee currency". */
    private static final Map<String, String> CURRENCIES = currencies(CsvLayout.standard().columns());

    private AmountCurrency() {
    }

    /** True when the column at {@code pointer} holds an amount whose currency has its own column. */
    static boolean isAmount(String pointer) {
        return CURRENCIES.containsKey(pointer);
    }

    /**
     * The pointer of each amount column of {@code columns} to the pointer of its currency's column:
     * the decimal and the currency that are the only two of their kinds among one sum's fields, as
     * the field tree says, whatever they are named.
     */
    static Map<String, String> currencies(List<Column> columns) {
        Map<Field, String> pointers = new HashMap<>();
        columns.forEach(c -> pointers.putIfAbsent(c.field(), c.pointer()));
        Map<String, String> out = new HashMap<>();
        for (Column c : columns) {
            Field amount = c.field();
            if (amount.type() != FieldType.DECIMAL || amount.parent().isEmpty()) {
                continue;
            }
            List<Field> sum = amount.parent().get().children();
            List<Field> currency = sum.stream().filter(f -> f.type() == FieldType.CURRENCY).toList();
            if (currency.size() == 1 && sum.stream().filter(f -> f.type() == FieldType.DECIMAL).count() == 1
                    && pointers.containsKey(currency.get(0))) {
                out.put(c.pointer(), pointers.get(currency.get(0)));
            }
        }
        return Map.copyOf(out);
    }

    /**
     * The amount of cell {@code i}'s part {@code k} as read, without the currency that names it, which
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
        // Each currency named here has cents, so three digits after one comma are thousands, as after a leading dollar sign.
        String amount = (m.group("pre") + "$" + m.group("number").strip() + m.group("post")).strip();
        Optional<String> read = code == null ? Optional.empty() : SecondFacts.read(row, i, amount);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        String currency = CURRENCIES.get(row.headings().columns().get(i).pointer());
        boolean grouped = currency.contains("*");
        JsonNode node = SecondFacts.NODES.stringNode(code);
        if (!SecondFacts.differs(row, i, grouped ? k : -1, currency, node, v, CsvMessages.CSV_FACT_WORDS.text(written.strip()))) {
            row.facts().add(new Fact(currency.replace("*", Integer.toString(k)), node));
            row.readings().add(Readings.Kind.AMOUNT_CURRENCY, row.at().apply(i), v, read.get() + ", " + code);
        }
        // The amount as read, so that the cell's reader finds a plain number and states nothing the sheet does not hold.
        return read;
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
