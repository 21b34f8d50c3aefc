package org.opdl.model.vocab;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.opdl.model.text.Folding;

/**
 * The province or territory of a city or metropolitan area that providers write where a region
 * belongs ("GTA", "Lower Mainland", "Vancouver-based", "based in Montréal"). None of them is a
 * region of the standard, and a near code found by spelling would be wrong ("GTA" is not Alberta).
 */
public final class RegionAreas {

    /** "based in", "basé à" before the place, "-based" after it, "greater" or "grand" in front, once folded. */
    private static final Pattern AROUND = Pattern.compile("^(?:based (?:in|out of) |basee? (?:a|au|en) )|^(?:greater |grand )| based$");
    private static final Map<String, String> AREAS = Map.ofEntries(
            Map.entry("gta", "CA-ON"), Map.entry("toronto area", "CA-ON"), Map.entry("toronto", "CA-ON"), Map.entry("ottawa", "CA-ON"),
            Map.entry("lower mainland", "CA-BC"), Map.entry("metro vancouver", "CA-BC"), Map.entry("vancouver", "CA-BC"),
            Map.entry("victoria", "CA-BC"), Map.entry("montreal", "CA-QC"), Map.entry("quebec city", "CA-QC"),
            Map.entry("ville de quebec", "CA-QC"), Map.entry("calgary", "CA-AB"), Map.entry("edmonton", "CA-AB"),
            Map.entry("winnipeg", "CA-MB"), Map.entry("regina", "CA-SK"), Map.entry("saskatoon", "CA-SK"),
            Map.entry("halifax", "CA-NS"), Map.entry("moncton", "CA-NB"), Map.entry("fredericton", "CA-NB"),
            Map.entry("charlottetown", "CA-PE"), Map.entry("st john s", "CA-NL"), Map.entry("whitehorse", "CA-YT"),
            Map.entry("yellowknife", "CA-NT"), Map.entry("iqaluit", "CA-NU"));

    private RegionAreas() {
    }

    /** The region code (such as {@code CA-ON}) of the city or area {@code written} names; empty when it names none. */
    public static Optional<String> province(String written) {
        if (written.length() < 3 || written.startsWith("CA-")) {
            return Optional.empty();
        }
        String place = Folding.fold(written);
        for (int i = 0; i < 2; i++) {
            place = AROUND.matcher(place).replaceAll("").strip();
        }
        return Optional.ofNullable(AREAS.get(place));
    }
}
