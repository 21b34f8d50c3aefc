package org.opdl.schema.csv;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opdl.model.text.Folding;
import org.opdl.schema.cell.Readings;
import org.opdl.schema.csv.SecondFacts.Fact;
import org.opdl.schema.csv.SecondFacts.Row;
import tools.jackson.databind.JsonNode;

/**
 * A stipend written with the period one amount covers, as calls write pay: "$1,500 per month",
 * "1 500 $/mois", "$500 weekly", "20 $ de l'heure", "$16,000 total". The standard has a home for
 * the period (*Stipend period*), so it goes there when the row leaves that column blank or says
 * the same, and is refused at the cell when the row says another, as a fee's tax is. Words that
 * name no period ("par participant") are left to the amount's own refusal, which sends them to the
 * money notes.
 */
final class StipendPeriods {

    /** The amount of a stipend. */
    static final String AMOUNT = "/stipend/amount/amount";
    private static final String PERIOD = "/stipend/period";
    /** An amount, then its period after a slash, after "per", "a", "par" or "de l'", or as one word: "monthly", "mensuel". */
    private static final Pattern WITH_PERIOD = Pattern.compile("(?iu)(?<amount>[^/]*?\\d[^/]*?)\\s*(?:/\\s*(?<short>h|hrs?|hours?|wk|weeks?|mo|months?"
            + "|yrs?|years?|an|ann[ée]e|sem|semaine|mois|heure)|(?:per|a|an|each|every|par|chaque|de l['’]|à l['’]|l['’])\\s*(?<word>hour|week|month|year"
            + "|annum|heure|semaine|mois|an|ann[ée]e)|(?<adverb>hourly|weekly|monthly|yearly|annually|hebdomadaires?|mensuel(?:le)?s?|annuel(?:le)?s?"
            + "|in total|au total|total))(?:\\s+(?:stipend|allowance))?\\.?");

    private StipendPeriods() {
    }

    /**
     * The amount of cell {@code i} without its period, which becomes the stipend's period or a
     * refusal; empty when the cell names no period or its amount cannot be read, so that the cell is
     * read, or refused, as it stands.
     */
    static Optional<String> split(Row row, int i, String v) {
        Matcher m = WITH_PERIOD.matcher(v.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String amount = m.group("amount").strip();
        Optional<String> read = SecondFacts.read(row, i, amount);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        String words = m.group("short") != null ? m.group("short") : m.group("word") != null ? m.group("word") : m.group("adverb");
        JsonNode period = SecondFacts.NODES.stringNode(code(words));
        if (!SecondFacts.differs(row, i, -1, PERIOD, period, v, CsvMessages.CSV_FACT_WORDS.text(v.substring(m.end("amount")).strip()))) {
            row.facts().add(new Fact(PERIOD, period));
            row.readings().add(Readings.Kind.STIPEND_PERIOD, row.at().apply(i), v, read.get() + ", " + period.asString());
        }
        return Optional.of(amount);
    }

    /** The code of the stipend-period scheme a period's words name. */
    private static String code(String words) {
        String w = Folding.fold(words);
        if (w.contains("total")) {
            return "total";
        }
        if (w.startsWith("w") || w.startsWith("sem") || w.startsWith("hebdo")) {
            return "week";
        }
        if (w.startsWith("h")) {
            return "hour";
        }
        return w.startsWith("mo") || w.startsWith("mens") ? "month" : "year";
    }
}
