package org.opdl.validator.rules;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opdl.model.stage.EligibilityBounds;
import org.opdl.model.stage.Figure;

/** Reads a listing's eligibility bounds on the three figures of the career-stage scale. */
final class Eligibility {

    /** The eligibility fields of each figure: minimum, then maximum. */
    static final List<Bound> BOUNDS = List.of(
            new Bound(Figure.COMPLETED_WORKS, "minCompletedWorks", "maxCompletedWorks"),
            new Bound(Figure.PROFESSIONAL_CREDITS, "minCredits", "maxCredits"),
            new Bound(Figure.YEARS_OF_PRACTICE, "minYears", "maxYears"));

    record Bound(Figure figure, String min, String max) {

        /** The pointer of the minimum's field, built once. */
        String minPointer() {
            return POINTERS.get(min);
        }

        /** The pointer of the maximum's field, built once. */
        String maxPointer() {
            return POINTERS.get(max);
        }
    }

    private static final Map<String, String> POINTERS = pointers();

    private static Map<String, String> pointers() {
        Map<String, String> m = new HashMap<>();
        for (Bound b : BOUNDS) {
            m.put(b.min(), "/eligibility/" + b.min());
            m.put(b.max(), "/eligibility/" + b.max());
        }
        return Map.copyOf(m);
    }

    private Eligibility() {
    }

    /** The bounds the listing sets; values that are not whole numbers are ignored. */
    static EligibilityBounds bounds(Listing listing) {
        return listing.derived(Eligibility.class, Eligibility::read);
    }

    private static EligibilityBounds read(Listing listing) {
        Map<Figure, Integer> mins = new EnumMap<>(Figure.class);
        Map<Figure, Integer> maxes = new EnumMap<>(Figure.class);
        for (Bound bound : BOUNDS) {
            var min = listing.integer(bound.minPointer());
            var max = listing.integer(bound.maxPointer());
            if (min.isPresent() && min.getAsInt() >= 0) {
                mins.put(bound.figure(), min.getAsInt());
            }
            if (max.isPresent() && max.getAsInt() >= 0) {
                maxes.put(bound.figure(), max.getAsInt());
            }
        }
        return mins.isEmpty() && maxes.isEmpty() ? EligibilityBounds.NONE : new EligibilityBounds(mins, maxes);
    }
}
