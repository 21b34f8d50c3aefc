package org.opdl.validator.internal.check;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.opdl.model.stage.EligibilityBounds;
import org.opdl.model.stage.Figure;
import org.opdl.validator.rule.Listing;
import tools.jackson.databind.JsonNode;

/** Reads a listing's eligibility bounds on the three figures of the career-stage scale. */
public final class Eligibility {

    /**
     * A minimum and a maximum field of {@code eligibility}, with their pointers built once rather
     * than for every listing.
     */
    public record Range(String min, String max, String minPointer, String maxPointer) {

        public static Range of(String min, String max) {
            return new Range(min, max, "/eligibility/" + min, "/eligibility/" + max);
        }
    }

    /** A figure of the career-stage scale and its range fields. */
    public record Bound(Figure figure, Range range) {
    }

    /** The eligibility fields of each figure: minimum, then maximum. */
    public static final List<Bound> BOUNDS = List.of(
            new Bound(Figure.COMPLETED_WORKS, Range.of("minCompletedWorks", "maxCompletedWorks")),
            new Bound(Figure.PROFESSIONAL_CREDITS, Range.of("minCredits", "maxCredits")),
            new Bound(Figure.YEARS_OF_PRACTICE, Range.of("minYears", "maxYears")));

    private Eligibility() {
    }

    /** The bounds the listing sets; values that are not whole numbers are ignored. */
    public static EligibilityBounds bounds(Listing listing) {
        return listing.derived(Eligibility.class, Eligibility::read);
    }

    private static EligibilityBounds read(Listing listing) {
        // Read from the eligibility object itself: six look-ups by pointer cost more than the rule.
        JsonNode eligibility = listing.node().get("eligibility");
        if (eligibility == null || !eligibility.isObject()) {
            return EligibilityBounds.NONE;
        }
        Map<Figure, Integer> mins = new EnumMap<>(Figure.class);
        Map<Figure, Integer> maxes = new EnumMap<>(Figure.class);
        for (Bound bound : BOUNDS) {
            int min = whole(eligibility.get(bound.range().min()));
            int max = whole(eligibility.get(bound.range().max()));
            if (min >= 0) {
                mins.put(bound.figure(), min);
            }
            if (max >= 0) {
                maxes.put(bound.figure(), max);
            }
        }
        return mins.isEmpty() && maxes.isEmpty() ? EligibilityBounds.NONE : new EligibilityBounds(mins, maxes);
    }

    /** The value if it is a whole number from 0 that fits an int, else -1, as {@link Listing#integer} reads it. */
    private static int whole(JsonNode n) {
        return n != null && n.isIntegralNumber() && n.canConvertToInt() && n.intValue() >= 0 ? n.intValue() : -1;
    }
}
