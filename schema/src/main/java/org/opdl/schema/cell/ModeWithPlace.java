package org.opdl.schema.cell;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A delivery mode written with the place the program meets, as calls write it: "in person in
 * Montréal", "en personne à Québec", "hybrid (Toronto + online)". The mode alone would lose the
 * place, and the standard keeps places in a location's City and Region, so the cell is refused
 * with the mode to write and where the place goes. A part that names a mode ("online") is no place;
 * a language is none either, nor a platform ("hybrid (Zoom + Toronto)"), and what follows "online"
 * ("online (Zoom)") never is: cells with no place left are left to the unknown code's finding. Read in the fields the table words {@code venue}.
 */
final class ModeWithPlace {

    /** The one mode that meets nowhere: what follows it ("online (Zoom)") is no place. */
    private static final String ONLINE = "online";
    /** The mode, then the place after "in", "at", "à" or "en", a place's name starting with a capital. */
    private static final Pattern IN_PLACE = Pattern.compile("(?<mode>.+?)\\s+(?:in|at|à|au|en|in-person in)\\s+(?<place>\\p{Lu}.*)");
    /** The mode, then the place in brackets: "hybrid (Toronto + online)". */
    private static final Pattern BRACKETED = Pattern.compile("(?<mode>[^()]+?)\\s*\\((?<place>[^()]+)\\)");
    /** The mode, then the place after a dash: "Hybrid - Toronto + online". */
    private static final Pattern DASHED = Pattern.compile("(?<mode>[^–-]+?)\\s+[–-]\\s+(?<place>.+)");
    /** A platform a program meets on, which is no place: "Zoom", "Teams", "Google Meet". */
    private static final Pattern PLATFORM = Pattern.compile("(?iu)zoom|(?:microsoft\\s+)?teams|(?:google\\s+)?meet|webex|skype|discord|virtual|virtuel(?:le)?");
    private static final Pattern PLACE_PARTS = Pattern.compile("\\s*(?:\\+|/|,|&|\\band\\b|\\bet\\b)\\s*");

    private ModeWithPlace() {
    }

    /**
     * Why {@code v} cannot be read as one delivery mode and where its place goes, when it is a mode
     * {@code modeOf} knows with a place; empty otherwise.
     */
    static Optional<Unreadable> explain(String v, Function<String, Optional<String>> modeOf) {
        Matcher m = IN_PLACE.matcher(v);
        if (!m.matches()) {
            m = BRACKETED.matcher(v);
            if (!m.matches() && !(m = DASHED.matcher(v)).matches()) {
                return Optional.empty();
            }
        }
        Optional<String> mode = modeOf.apply(m.group("mode").strip());
        if (mode.isEmpty() || mode.get().equals(ONLINE)) {
            return Optional.empty();
        }
        String[] places = Arrays.stream(PLACE_PARTS.split(m.group("place").strip()))
                .filter(p -> !p.isEmpty() && modeOf.apply(p).isEmpty() && !PLATFORM.matcher(p).matches()).toArray(String[]::new);
        if (places.length == 0 || Arrays.stream(places).anyMatch(p -> CellWords.language(p).isPresent())) {
            return Optional.empty();
        }
        return Optional.of(new Unreadable(v, Refusal.DELIVERY_PLACE, mode.get(), String.join(", ", places)));
    }
}
