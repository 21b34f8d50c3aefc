package org.opdl.schema.cell;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opdl.model.definition.SheetWording;
import org.opdl.model.field.Field;

/**
 * A share written as program pages write it in a rate column: "50% of eligible costs", "jusqu'à
 * 75 %", "75% up to $50,000", "50-75%". The share is read when its words name only what the rate
 * is a share of (the eligible costs of a cost subsidy, the wages of a wage subsidy), since the
 * column says so already; other words ("up to", "of the budget"), a cap or a range are refused
 * with where each part goes, since reading the share alone would lose them; so is a share written
 * in an amount of money, which the rate's column holds.
 */
final class Shares {

    /** A share with words before or after it: "up to 75%", "50 % des coûts admissibles". */
    private static final Pattern WITH_WORDS = Pattern.compile("(?iu)(?<before>[^\\d%]*?)\\s*(?<share>\\d{1,3}(?:[.,]\\d+)?)\\s*(?:%|per ?cent|pour ?cent)"
            + "\\s*(?<after>[^\\d%]*)");
    /** Two shares joined as a range: "50-75%", "50 % à 75 %". */
    private static final Pattern RANGE = Pattern.compile("(?iu)\\d{1,3}(?:[.,]\\d+)?\\s*%?\\s*(?:-|–|to|à)\\s*\\d{1,3}(?:[.,]\\d+)?\\s*%");
    /** What each rate is a share of, by the name of the object that holds it, as calls name it after the share. */
    private static final Map<String, Pattern> BASES = Map.of(
            "subsidy", Pattern.compile("(?iu)(?:of (?:the |all )?(?:eligible |approved )?(?:costs?|expenses?)"
                    + "|(?:des|du) (?:coûts?|dépenses?|frais) (?:admissibles?|approuvée?s?)|des coûts)"),
            "wageSubsidy", Pattern.compile("(?iu)(?:of (?:the )?(?:wages?|salary|salaries|pay)|du salaire|des salaires)"));

    private Shares() {
    }

    /** The share of a rate written with the words of what it is a share of ("50% of eligible costs"), from 0 to 1; empty otherwise. */
    static Optional<String> ofItsBase(Field field, String v) {
        Pattern base = field.wordedAs(SheetWording.PERCENT) ? field.parent().map(p -> BASES.get(p.name())).orElse(null) : null;
        Matcher m = base == null ? null : WITH_WORDS.matcher(v.strip());
        if (m == null || !m.matches() || !m.group("before").isBlank() || !base.matcher(m.group("after").strip()).matches()) {
            return Optional.empty();
        }
        return Optional.of(share(m.group("share")));
    }

    /** Why a share with a cap, a range or other words cannot go in a rate column, and where each part goes; empty for any other cell. */
    static Optional<Unreadable> explain(Field field, String v) {
        String s = v.strip();
        if (CellRanges.isMoney(field)) {
            // "50% of eligible costs" in an amount: a share has its own column; a share with its cap has CellRanges' finding.
            Matcher share = WITH_WORDS.matcher(s);
            return share.matches() && !CellRanges.RATE_CAP.matcher(s).matches()
                    ? Optional.of(new Unreadable(v, Refusal.SHARE_IN_AMOUNT, share(share.group("share")))) : Optional.empty();
        }
        if (!field.wordedAs(SheetWording.PERCENT)) {
            return Optional.empty();
        }
        Matcher cap = CellRanges.RATE_CAP.matcher(s);
        if (cap.matches()) {
            return Optional.of(new Unreadable(v, Refusal.RATE_CAP, share(cap.group(1)), CellRanges.amount(cap.group(2), cap.group(3))));
        }
        if (RANGE.matcher(s).matches()) {
            return Optional.of(new Unreadable(v, Refusal.RATE_RANGE));
        }
        Matcher m = WITH_WORDS.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        String before = m.group("before").strip();
        String after = m.group("after").strip();
        String words = before.isEmpty() ? after : after.isEmpty() ? before : s;
        return words.isEmpty() ? Optional.empty() : Optional.of(new Unreadable(v, Refusal.RATE_WORDS, share(m.group("share")), words));
    }

    private static String share(String percent) {
        return new BigDecimal(percent.replace(',', '.')).movePointLeft(2).stripTrailingZeros().toPlainString();
    }
}
