package org.opdl.schema.cell;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English and French joined by a hyphen, as Canadian sheets write a bilingual program: "EN-FR",
 * "FR-EN", "en–fr". The hyphen of a language tag joins a language to a place, so "EN-FR" is a
 * valid tag of English as written in France and would pass every later check as that: such a
 * cell is refused with the two languages to write, and the tag kept for one language of one place.
 */
final class LanguagePairs {

    /** Two codes of English or French joined by a hyphen or a dash, spaces allowed around it. */
    private static final Pattern PAIR = Pattern.compile("(?i)(en|fr)\\s*[-‐–—]\\s*(en|fr)");

    private LanguagePairs() {
    }

    /** Refuses {@code v} when it joins English and French by a hyphen; does nothing for any other cell. */
    static void refuse(String v) {
        Matcher m = PAIR.matcher(v.strip());
        if (m.matches()) {
            String first = m.group(1).toLowerCase(Locale.ROOT);
            String second = m.group(2).toLowerCase(Locale.ROOT);
            if (!first.equals(second)) {
                throw new Unreadable(v, Refusal.LANGUAGE_PAIR, v.strip(), first + " | " + second);
            }
        }
    }
}
