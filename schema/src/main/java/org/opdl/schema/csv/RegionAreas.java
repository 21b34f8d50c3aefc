package org.opdl.schema.csv;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Folding;
import org.opdl.schema.format.ReaderRule;

/**
 * A city or a metropolitan area typed in a location's Region cell ("GTA", "Lower Mainland",
 * "Vancouver-based", "based in Montréal"): no region code, and no near code is to be suggested for
 * it ("GTA" is not Alberta). It is refused with its province or territory to write and the place in City.
 */
final class RegionAreas {

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

    /** The refusal of {@code v}, a Region cell's value, when it names a city or an area; empty otherwise. */
    static Optional<Finding> refusal(String v, Location.Csv at) {
        if (v.length() < 3 || v.startsWith("CA-")) {
            return Optional.empty();
        }
        String place = Folding.fold(v);
        for (int i = 0; i < 2; i++) {
            place = AROUND.matcher(place).replaceAll("").strip();
        }
        String region = AREAS.get(place);
        return region == null ? Optional.empty() : Optional.of(new Finding(ReaderRule.CSV_UNREADABLE.id(),
                ReaderRule.CSV_UNREADABLE.severity(), at, CsvMessages.CSV_REGION_AREA.text(v),
                CsvMessages.CSV_REGION_AREA_FIX.text(region)));
    }
}
