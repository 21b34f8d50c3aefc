package org.opdl.schema.cell;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    private static final Map<String, String> COUNTRIES = countries();
    private static final Map<String, String> LANGUAGES = languages();

    private CellWords() {
    }

    static boolean isFree(String v) {
        return FREE.contains(Folding.fold(v));
    }

    /** The ISO 3166 code a country's name or lower-case code names; empty for a code already, or an unknown name. */
    static Optional<String> country(String v) {
        if (v.matches("[A-Z]{2}")) {
            return Optional.empty();
        }
        return Optional.ofNullable(COUNTRIES.get(Folding.fold(v)));
    }

    /** The language tag a language's name names; empty for a tag already, or an unknown name. */
    static Optional<String> language(String v) {
        if (v.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
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
