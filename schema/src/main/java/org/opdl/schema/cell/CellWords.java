package org.opdl.schema.cell;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.opdl.model.text.Folding;

/**
 * Names people type for codes that have no vocabulary in the standard: countries (ISO 3166) and
 * languages (BCP 47), in English and French, taken from the JDK's own locale names so that no
 * list is kept by hand, plus the few common forms the JDK does not name ({@code USA}, {@code ASL},
 * {@code LSQ}); and the words that say a program is free.
 */
final class CellWords {

    private static final Set<String> FREE = Set.of("free", "free of charge", "no fee", "no fees", "none", "nil",
            "no cost", "at no cost", "no charge", "free of cost",
            "gratuit", "gratuite", "gratuits", "gratuites", "gratuitement", "aucun", "aucuns", "aucuns frais", "sans frais",
            "aucun frais", "aucun cout", "sans cout");
    private static final List<String> ATLANTIC = List.of("CA-NB", "CA-NS", "CA-PE", "CA-NL");
    private static final List<String> MARITIMES = List.of("CA-NB", "CA-NS", "CA-PE");
    private static final List<String> PRAIRIES = List.of("CA-AB", "CA-SK", "CA-MB");
    private static final List<String> TERRITORIES = List.of("CA-YT", "CA-NT", "CA-NU");
    private static final Map<String, List<String>> REGION_GROUPS = Map.ofEntries(
            Map.entry("atlantic canada", ATLANTIC), Map.entry("canada atlantique", ATLANTIC),
            Map.entry("atlantic provinces", ATLANTIC), Map.entry("provinces atlantiques", ATLANTIC),
            Map.entry("the atlantic provinces", ATLANTIC), Map.entry("les provinces atlantiques", ATLANTIC),
            Map.entry("maritimes", MARITIMES), Map.entry("the maritimes", MARITIMES),
            Map.entry("maritime provinces", MARITIMES), Map.entry("provinces maritimes", MARITIMES),
            Map.entry("les maritimes", MARITIMES), Map.entry("les provinces maritimes", MARITIMES),
            Map.entry("l atlantique", ATLANTIC), Map.entry("provinces de l atlantique", ATLANTIC),
            Map.entry("les provinces de l atlantique", ATLANTIC), Map.entry("le canada atlantique", ATLANTIC),
            Map.entry("prairies", PRAIRIES), Map.entry("the prairies", PRAIRIES), Map.entry("les prairies", PRAIRIES),
            Map.entry("prairie provinces", PRAIRIES), Map.entry("provinces des prairies", PRAIRIES),
            Map.entry("territories", TERRITORIES), Map.entry("the territories", TERRITORIES),
            Map.entry("territoires", TERRITORIES), Map.entry("les territoires", TERRITORIES));
    /** A word of four letters or more ending in one s, as English writes most plurals. */
    private static final Pattern PLURAL_WORD = Pattern.compile("\\b(\\p{L}{3,}[^s\\P{L}])s\\b");
    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Map<String, String> COUNTRIES = countries();
    private static final Map<String, String> LANGUAGES = languages();

    private CellWords() {
    }

    /**
     * The provinces or territories a Canadian region names ("Atlantic Canada", "Prairies", "les
     * territoires"), which are fixed by usage; empty for anything else. "Northern Canada" is not
     * one: programs use it for the territories and for the north of provinces alike.
     */
    static List<String> provinces(String v) {
        return REGION_GROUPS.getOrDefault(Folding.fold(v), List.of());
    }

    /**
     * The English singular of a plural wording ("Canadian citizens" as "Canadian citizen",
     * "permanent residents" as "permanent resident"): each word of four letters or more ending in
     * a single s loses it; empty when no word changes. French plurals are already folded by the lookup.
     */
    static Optional<String> singular(String v) {
        String one = PLURAL_WORD.matcher(v).replaceAll("$1");
        return one.equals(v) ? Optional.empty() : Optional.of(one);
    }

    static boolean isFree(String v) {
        if (v.indexOf('*') >= 0) {
            // "Gratuit*": the mark points to a note that free alone would drop.
            return false;
        }
        String folded = Folding.fold(v);
        if (FREE.contains(folded)) {
            return true;
        }
        // "gratuit / free", "Free (gratuit)": the word in both languages, as bilingual sheets write it; every word is one of the two.
        String[] words = folded.split(" ");
        for (int cut = 1; cut < words.length; cut++) {
            if (FREE.contains(String.join(" ", Arrays.copyOfRange(words, 0, cut)))
                    && FREE.contains(String.join(" ", Arrays.copyOfRange(words, cut, words.length)))) {
                return true;
            }
        }
        return false;
    }

    /** The ISO 3166 code a country's name or lower-case code names; empty for a code already, or an unknown name. */
    static Optional<String> country(String v) {
        if (COUNTRY_CODE.matcher(v).matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(COUNTRIES.get(Folding.fold(v)));
    }

    /** The language tag a language's name names; empty for a tag already, or an unknown name. */
    static Optional<String> language(String v) {
        if (LANGUAGE_TAG.matcher(v).matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(LANGUAGES.get(Folding.fold(v)));
    }

    private static Map<String, String> countries() {
        Map<String, String> out = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            Locale l = new Locale.Builder().setRegion(code).build();
            out.put(Folding.fold(code), code);
            out.putIfAbsent(Folding.fold(l.getDisplayCountry(Locale.ENGLISH)), code);
            out.putIfAbsent(Folding.fold(l.getDisplayCountry(Locale.FRENCH)), code);
        }
        out.put("usa", "US");
        out.put("united states of america", "US");
        out.put("etats unis d amerique", "US");
        out.put("uk", "GB");
        out.put("great britain", "GB");
        return Map.copyOf(out);
    }

    private static Map<String, String> languages() {
        Map<String, String> out = new HashMap<>();
        for (String code : Locale.getISOLanguages()) {
            Locale l = Locale.forLanguageTag(code);
            out.putIfAbsent(Folding.fold(l.getDisplayLanguage(Locale.ENGLISH)), code);
            out.putIfAbsent(Folding.fold(l.getDisplayLanguage(Locale.FRENCH)), code);
        }
        // "ENG/FRA", "FRE": the three-letter codes of ISO 639-2 that library and broadcast forms write, after the names.
        for (String code : Locale.getISOLanguages()) {
            try {
                out.putIfAbsent(Locale.forLanguageTag(code).getISO3Language(), code);
            } catch (MissingResourceException noThreeLetterCode) {
                // The JDK knows no three-letter code for it: its two letters and names are enough.
            }
        }
        out.put("fre", "fr");
        out.put("en", "en");
        out.put("fr", "fr");
        out.put("asl", "ase");
        out.put("american sign language", "ase");
        out.put("langue des signes americaine", "ase");
        out.put("lsq", "fcs");
        out.put("quebec sign language", "fcs");
        out.put("langue des signes quebecoise", "fcs");
        return Map.copyOf(out);
    }
}
