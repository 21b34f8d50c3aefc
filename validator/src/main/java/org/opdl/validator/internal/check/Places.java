package org.opdl.validator.internal.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.opdl.model.text.Folding;
import org.opdl.model.text.Lang;
import org.opdl.model.text.Text;
import org.opdl.model.vocab.Vocabulary;
import tools.jackson.databind.JsonNode;

/**
 * The places of a listing ({@code locations}, an intake's {@code location}) in words, and whether
 * two of them name the same place. Matching says where an edition is held, and the rule that an
 * edition's place is among the listing's locations says both places, in the same words.
 */
public final class Places {

    private Places() {
    }

    /**
     * A place in words: the city, then the province or territory by its label, or the country by
     * its name when the place is outside Canada ("Montréal, Quebec", "Cannes, France"); empty when
     * the place states none of them.
     */
    public static Optional<Text> words(JsonNode place, Vocabulary vocabulary) {
        String city = place.path("city").asString("").strip();
        String region = place.path("region").asString("");
        String country = country(place);
        if (city.isEmpty() && region.isEmpty() && country.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Text(words(city, region, country, Lang.EN, vocabulary),
                words(city, region, country, Lang.FR, vocabulary)));
    }

    /**
     * Whether a listed place covers an edition's place: the same country, and the same region and
     * city wherever the edition gives them (a city compared as folded, without regard to case, accents
     * or punctuation, as "Montreal" and "Montréal", "St. John's" and "St John's" are one city), and a
     * place in the participant's own region when the edition is held there. The venue and street
     * address are not compared: an edition may name the hall within a city the listing gives.
     */
    public static boolean covers(JsonNode listed, JsonNode edition) {
        if (!country(listed).equals(country(edition))) {
            return false;
        }
        String region = edition.path("region").asString("");
        if (!region.isEmpty() && !region.equals(listed.path("region").asString(""))) {
            return false;
        }
        String city = Folding.fold(edition.path("city").asString(""));
        if (!city.isEmpty() && !city.equals(Folding.fold(listed.path("city").asString("")))) {
            return false;
        }
        return !edition.path("inParticipantRegion").asBoolean(false) || listed.path("inParticipantRegion").asBoolean(false);
    }

    private static String country(JsonNode place) {
        return place.path("country").asString("").strip().toUpperCase(Locale.ROOT);
    }

    private static String words(String city, String region, String country, Lang lang, Vocabulary vocabulary) {
        List<String> parts = new ArrayList<>();
        if (!city.isEmpty()) {
            parts.add(city);
        }
        if (region.startsWith("CA-")) {
            parts.add(vocabulary.label("region", region).in(lang));
        } else if (!country.isEmpty() && !country.equals("CA")) {
            String name = new Locale.Builder().setRegion(country).build().getDisplayCountry(lang.locale());
            parts.add(name.isEmpty() ? country : name);
        }
        if (parts.isEmpty() && country.equals("CA")) {
            parts.add(new Locale.Builder().setRegion(country).build().getDisplayCountry(lang.locale()));
        }
        return String.join(", ", parts);
    }
}
