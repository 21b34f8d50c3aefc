package org.opdl.validator.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.opdl.model.text.Lang;
import org.opdl.model.text.Text;
import tools.jackson.databind.JsonNode;

/**
 * Where an edition is held, in words, from its intake's {@code location}: the city, then the
 * province or territory by its label, or the country by its name when the place is outside
 * Canada ("Montréal, Quebec", "Cannes, France"). A program whose editions move needs the place
 * beside the deadline, or a producer cannot tell which edition the date is for.
 */
final class EditionPlace {

    private EditionPlace() {
    }

    /** The place of one intake, if it states one. */
    static Optional<Text> of(JsonNode intake) {
        JsonNode place = intake.path("location");
        String city = place.path("city").asString("").strip();
        String region = place.path("region").asString("");
        String country = place.path("country").asString("").toUpperCase(Locale.ROOT);
        if (city.isEmpty() && region.isEmpty() && country.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Text(words(city, region, country, Lang.EN), words(city, region, country, Lang.FR)));
    }

    private static String words(String city, String region, String country, Lang lang) {
        List<String> parts = new ArrayList<>();
        if (!city.isEmpty()) {
            parts.add(city);
        }
        if (region.startsWith("CA-")) {
            parts.add(Words.label("region", region).in(lang));
        } else if (!country.isEmpty() && !country.equals("CA")) {
            String name = new Locale.Builder().setRegion(country).build().getDisplayCountry(lang.locale());
            parts.add(name.isEmpty() ? country : name);
        }
        return String.join(", ", parts);
    }
}
