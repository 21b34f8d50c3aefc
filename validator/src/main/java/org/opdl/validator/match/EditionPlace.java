package org.opdl.validator.match;

import java.util.Optional;
import org.opdl.model.text.Text;
import org.opdl.model.vocab.Vocabulary;
import org.opdl.validator.internal.check.Places;
import tools.jackson.databind.JsonNode;

/**
 * Where an edition is held, in words, from its intake's {@code location} ("Montréal, Quebec",
 * "Cannes, France"; see {@link Places#words}). A program whose editions move needs the place
 * beside the deadline, or a producer cannot tell which edition the date is for.
 */
final class EditionPlace {

    private static final Vocabulary VOCABULARY = Vocabulary.standard();

    private EditionPlace() {
    }

    /**
     * The place of one intake, if it states one finer than Canada: every listing is of a Canadian
     * program unless it says otherwise, so "edition in Canada" would tell a producer nothing.
     */
    static Optional<Text> of(JsonNode intake) {
        JsonNode place = intake.path("location");
        boolean finer = !place.path("city").asString("").isBlank() || !place.path("region").asString("").isEmpty()
                || !"CA".equalsIgnoreCase(place.path("country").asString("").strip());
        return finer ? Places.words(place, VOCABULARY) : Optional.empty();
    }
}
