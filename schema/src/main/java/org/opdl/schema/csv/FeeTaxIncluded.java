package org.opdl.schema.csv;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opdl.schema.cell.Readings;
import org.opdl.schema.cell.TaxWords;
import org.opdl.schema.csv.SecondFacts.Fact;
import org.opdl.schema.csv.SecondFacts.Row;
import tools.jackson.databind.JsonNode;

/**
 * A fee written with its sales tax said to be in the amount, as Québec calls write it: "350 $
 * taxes incluses", "350 $ TTC", "$350 tax included". The amount is the fee, and no tax is added to
 * it, which *Fee plus tax* says with no; so it goes there when the row leaves that column blank or
 * says the same, and is refused at the cell when the row says yes, as a fee with "+ HST" is.
 */
final class FeeTaxIncluded {

    private static final String PLUS_TAX = "/fees/*/plusTax";
    /** An amount, then words after it, in brackets or not: "350 $ TTC", "$350 (taxes in)". */
    private static final Pattern AMOUNT_WORDS = Pattern.compile("(?<amount>[^()]*?\\d[^()]*?)\\s*[,;(–-]?\\s*(?<words>\\p{L}[^()]*?)\\s*\\)?\\.?");

    private FeeTaxIncluded() {
    }

    /** The fee of part {@code k} of cell {@code i} without its words, when they say the tax is in it; empty otherwise. */
    static Optional<String> split(Row row, int i, int k, String v) {
        Matcher m = AMOUNT_WORDS.matcher(v.strip());
        if (!m.matches() || !TaxWords.included(m.group("words"))) {
            return Optional.empty();
        }
        String amount = m.group("amount").strip();
        Optional<String> read = SecondFacts.read(row, i, amount);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        JsonNode no = SecondFacts.NODES.booleanNode(false);
        if (!SecondFacts.differs(row, i, k, PLUS_TAX, no, v, CsvMessages.CSV_FACT_WORDS.text(m.group("words")))) {
            row.facts().add(new Fact(PLUS_TAX.replace("*", Integer.toString(k)), no));
            row.readings().add(Readings.Kind.FEE_TAX_INCLUDED, row.at().apply(i), v, read.get());
        }
        return Optional.of(amount);
    }
}
