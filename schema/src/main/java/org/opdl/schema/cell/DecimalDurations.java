package org.opdl.schema.cell;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A duration written with a decimal part, as program pages write it: "1.5 years", "1,5 an", "1.5
 * hours", "2,5 semaines". A part of a year is whole months and a part of an hour whole minutes,
 * so those are read exactly ("1.5 years" as P1Y6M, "1,5 h" as PT1H30M). A part of a week or a
 * month is no whole number of days, and a month has no fixed number of them: such a cell is
 * refused with the smaller unit to write. A part of a day is {@link DurationWords}'s refusal.
 */
final class DecimalDurations {

    /** The whole part (group 1), the decimals after a dot or a comma (group 2), then the unit (group 3). */
    private static final Pattern DECIMAL = Pattern.compile("(?iu)(\\d{1,3})[.,](\\d{1,2})\\s*(years?|yrs?|ans?|années?|hours?|hrs?|h|heures?"
            + "|weeks?|wks?|semaines?|months?|mois)\\.?");
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private DecimalDurations() {
    }

    /** The ISO 8601 duration of a part of a year in whole months or of an hour in whole minutes; empty otherwise. */
    static Optional<String> read(String v) {
        Matcher m = DECIMAL.matcher(v.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal part = new BigDecimal("0." + m.group(2));
        char unit = Character.toLowerCase(m.group(3).charAt(0));
        if (unit == 'y' || unit == 'a') {
            return whole(part.multiply(TWELVE)).map(months -> "P" + m.group(1) + "Y" + (months == 0 ? "" : months + "M"));
        }
        if (unit == 'h') {
            return whole(part.multiply(SIXTY)).map(minutes -> "PT" + m.group(1) + "H" + (minutes == 0 ? "" : minutes + "M"));
        }
        return Optional.empty();
    }

    /** Why a part of a week or a month, or a part of a year or an hour that is no whole smaller unit, is not read; empty otherwise. */
    static Optional<Unreadable> explain(String v) {
        String s = v.strip();
        return DECIMAL.matcher(s).matches() && read(s).isEmpty() ? Optional.of(new Unreadable(v, Refusal.DURATION_DECIMAL, s)) : Optional.empty();
    }

    private static Optional<Integer> whole(BigDecimal n) {
        BigDecimal plain = n.stripTrailingZeros();
        return plain.scale() <= 0 ? Optional.of(plain.intValueExact()) : Optional.empty();
    }
}
