package org.opdl.schema.csv;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opdl.model.field.Field;
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
    /** The period after the amount, a slash before it set aside, and the stipend's own noun after it: "/week stipend". */
    private static final Pattern PERIOD_WORDS = Pattern.compile("(?iu)/?\\s*(?<words>.+?)(?:\\s+(?:stipend|allowance|allocation))?\\.?");
    /** Short forms of a period that no label of the scheme writes, as they follow a slash: "/h", "/wk", "/mo", "/yr", "/sem". */
    private static final Map<String, String> SHORT = Map.of("h", "hour", "hr", "hour", "hrs", "hour", "wk", "week", "sem", "week", "mo", "month",
            "yr", "year", "an", "year");
    private static final Field PERIOD_FIELD = CsvLayout.standard().columns().stream()
            .filter(c -> c.pointer().equals(PERIOD)).findFirst().orElseThrow().field();

    private StipendPeriods() {
    }

    /**
     * The amount of cell {@code i} without its period, which becomes the stipend's period or a
     * refusal; empty when the cell names no period or its amount cannot be read, so that the cell is
     * read, or refused, as it stands.
     */
    static Optional<String> split(Row row, int i, String v) {
        String s = v.strip();
        for (int j = s.length() - 1; j > 0; j--) {
            char c = s.charAt(j);
            boolean wordStart = Character.isLetter(c) && Character.isWhitespace(s.charAt(j - 1));
            if (c != '/' && !wordStart || !hasDigit(s, j)) {
                continue;
            }
            Optional<String> code = period(row, i, s.substring(j));
            String amount = s.substring(0, j).strip();
            Optional<String> read = code.isPresent() ? SecondFacts.read(row, i, amount) : Optional.empty();
            if (read.isEmpty()) {
                continue;
            }
            JsonNode period = SecondFacts.NODES.stringNode(code.get());
            if (!SecondFacts.differs(row, i, -1, PERIOD, period, v, CsvMessages.CSV_FACT_WORDS.text(s.substring(j).strip()))) {
                row.facts().add(new Fact(PERIOD, period));
                row.readings().add(Readings.Kind.STIPEND_PERIOD, row.at().apply(i), v, read.get() + ", " + code.get());
            }
            return Optional.of(amount);
        }
        return Optional.empty();
    }

    /** The code of the period {@code words} name, by the scheme's labels or a short form after a slash; empty for none. */
    private static Optional<String> period(Row row, int i, String words) {
        Matcher m = PERIOD_WORDS.matcher(words.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String w = m.group("words").strip();
        if (words.startsWith("/") && SHORT.containsKey(Folding.fold(w))) {
            return Optional.of(SHORT.get(Folding.fold(w)));
        }
        return row.probe().names(PERIOD_FIELD, w) ? Optional.of(row.probe().read(PERIOD_FIELD, w, row.at().apply(i), f -> { }).asString()) : Optional.empty();
    }

    private static boolean hasDigit(String s, int end) {
        for (int k = 0; k < end; k++) {
            if (Character.isDigit(s.charAt(k))) {
                return true;
            }
        }
        return false;
    }
}
