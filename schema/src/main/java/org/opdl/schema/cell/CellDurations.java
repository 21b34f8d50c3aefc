package org.opdl.schema.cell;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Folding;

/**
 * Durations as spreadsheets hold them: ISO 8601, weeks (which the standard writes as days), hours
 * and minutes as Quebec writes them, and lengths in English or French words ("6 months", "3 mois",
 * "six mois"); a duration said to be approximate is none, as no field says so.
 */
final class CellDurations {

    private static final Pattern STANDARD_DURATION =
            Pattern.compile("P(\\d+Y)?(\\d+M)?(\\d+D)?(T(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?");
    /** Weeks, and days beside them, as counts a long holds once made days: more is no duration but a typing slip. */
    private static final Pattern WEEK_DURATION =
            Pattern.compile("P(\\d+Y)?(\\d+M)?(\\d{1,9})W(?:(\\d{1,9})D)?(T(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?");
    /** A duration said to be approximate: "~3 days", "about 6 weeks", "environ 3 mois". */
    private static final Pattern APPROXIMATE = Pattern.compile(
            "(?iu)\\s*(?:~|≈|about\\b|around\\b|approx|roughly\\b|circa\\b|environ\\b|à peu près\\b|autour de\\b|près de\\b)");
    /** Hours and minutes as Quebec writes them: "3 h 30", "1h30", "2 h 00". */
    private static final Pattern HOURS_MINUTES = Pattern.compile("(\\d{1,2})\\s*h\\s*(\\d{2})(?:\\s*min)?");
    private static final Pattern WORD_PART = Pattern.compile("(\\d{1,6})\\s*([a-z]+)");
    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("year", "Y"), Map.entry("years", "Y"), Map.entry("yr", "Y"), Map.entry("yrs", "Y"),
            Map.entry("an", "Y"), Map.entry("ans", "Y"), Map.entry("annee", "Y"), Map.entry("annees", "Y"),
            Map.entry("month", "M"), Map.entry("months", "M"), Map.entry("mo", "M"), Map.entry("mos", "M"),
            Map.entry("mois", "M"),
            Map.entry("week", "W"), Map.entry("weeks", "W"), Map.entry("wk", "W"), Map.entry("wks", "W"),
            Map.entry("semaine", "W"), Map.entry("semaines", "W"), Map.entry("sem", "W"),
            Map.entry("day", "D"), Map.entry("days", "D"), Map.entry("jour", "D"), Map.entry("jours", "D"),
            Map.entry("j", "D"), Map.entry("d", "D"),
            Map.entry("hour", "H"), Map.entry("hours", "H"), Map.entry("heure", "H"), Map.entry("heures", "H"),
            Map.entry("h", "H"), Map.entry("hr", "H"), Map.entry("hrs", "H"),
            Map.entry("minute", "MIN"), Map.entry("minutes", "MIN"), Map.entry("min", "MIN"), Map.entry("mins", "MIN"),
            Map.entry("mn", "MIN"));

    private CellDurations() {
    }

    static String duration(String v, Location where, Readings readings, SheetForms forms) {
        String iso = iso(v);
        return iso.equals(v) || forms.duration(iso).equals(v) ? iso : note(readings, where, v, iso);
    }

    /** The standard's form of one duration in ISO 8601 or in words, counting no reading; throws when it is none. */
    static String iso(String v) {
        return readIso(v).orElseThrow(() -> new Unreadable(v, Refusal.DURATION_SUCH_6));
    }

    /**
     * The standard's form of one duration in ISO 8601 or in words, counting no reading; empty when
     * {@code v} is no one duration, for the callers that only ask whether it is one (a range, say).
     */
    static Optional<String> readIso(String v) {
        String upper = v.toUpperCase(Locale.ROOT);
        if (STANDARD_DURATION.matcher(upper).matches() && upper.length() > 1 && !upper.endsWith("T")) {
            return Optional.of(upper);
        }
        Matcher w = WEEK_DURATION.matcher(upper);
        if (w.matches()) {
            long days = Long.parseLong(w.group(3)) * 7 + (w.group(4) == null ? 0 : Long.parseLong(w.group(4)));
            return Optional.of("P" + nz(w.group(1)) + nz(w.group(2)) + days + "D" + nz(w.group(5)));
        }
        Matcher hm = HOURS_MINUTES.matcher(v.strip());
        if (hm.matches()) {
            int minutes = Integer.parseInt(hm.group(2));
            return minutes >= 60 ? Optional.empty()
                    : Optional.of("PT" + Integer.parseInt(hm.group(1)) + "H" + (minutes == 0 ? "" : minutes + "M"));
        }
        if (APPROXIMATE.matcher(v).lookingAt()) {
            // No duration field says it is approximate: reading "~3 days" as 3 days would drop the "about".
            return Optional.empty();
        }
        Optional<String> decimal = DecimalDurations.read(v);
        if (decimal.isPresent()) {
            return decimal;
        }
        String words = numbers(Folding.fold(v)).replace(" and ", " ").replace(" et ", " ");
        Matcher m = WORD_PART.matcher(words);
        long[] amounts = new long[4];
        boolean[] seen = new boolean[4];
        long hours = -1;
        long minutes = -1;
        int end = 0;
        while (m.find()) {
            if (!words.substring(end, m.start()).isBlank()) {
                return Optional.empty();
            }
            end = m.end();
            String unit = UNITS.get(m.group(2));
            long n = Long.parseLong(m.group(1));
            if (unit == null) {
                return Optional.empty();
            }
            if (unit.equals("H") || unit.equals("MIN")) {
                // A running time, "75 minutes" or "1 hour 15 minutes": each unit once, minutes after hours.
                if (minutes >= 0 || unit.equals("H") && hours >= 0) {
                    return Optional.empty();
                }
                if (unit.equals("H")) {
                    hours = n;
                } else {
                    minutes = n;
                }
                continue;
            }
            int slot = "YMWD".indexOf(unit);
            if (seen[slot]) {
                return Optional.empty();
            }
            seen[slot] = true;
            amounts[slot] = n;
        }
        if (end == 0 || !words.substring(end).isBlank()) {
            return Optional.empty();
        }
        long days = amounts[2] * 7 + amounts[3];
        return Optional.of("P" + (seen[0] ? amounts[0] + "Y" : "") + (seen[1] ? amounts[1] + "M" : "")
                + (seen[2] || seen[3] ? days + "D" : "") + (hours >= 0 || minutes >= 0 ? "T" : "")
                + (hours >= 0 ? hours + "H" : "") + (minutes >= 0 ? minutes + "M" : ""));
    }

    /** The folded words with a leading number in words in digits ("six mois" as "6 mois", "dix huit mois" as "18 mois"); else as given. */
    private static String numbers(String folded) {
        return folded.indexOf(' ') < 0 ? folded : NumberWords.leadingInDigits(folded).orElse(folded);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String note(Readings readings, Location where, String written, String read) {
        readings.add(Readings.Kind.DURATION, where, written, read);
        return read;
    }
}
