package org.opdl.validator.rules;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.opdl.model.stage.EligibilityBounds;
import org.opdl.model.stage.Figure;

/** Reads a listing's eligibility bounds on the three figures of the career-stage scale. */
final class Eligibility {

    /**
     * A minimum and a maximum field of {@code eligibility}, with their pointers built once rather
     * than for every listing.
     */
    record Range(String min, String max, String minPointer, String maxPointer) {

        static Range of(String min, String max) {
            return new Range(min, max, "/eligibility/" + min, "/eligibility/" + max);
        }
    }

    /** A figure of the career-stage scale and its range fields. */
    record Bound(Figure figure, Range range) {
    }

    /** The eligibility fields of each figure: minimum, then maximum. */
    static final List<Bound> BOUNDS = List.of(
            new Bound(Figure.COMPLETED_WORKS, Range.of("minCompletedWorks", "maxCompletedWorks")),
            new Bound(Figure.PROFESSIONAL_CREDITS, Range.of("minCredits", "maxCredits")),
            new Bound(Figure.YEARS_OF_PRACTICE, Range.of("minYears", "maxYears")));

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
            var min = listing.integer(bound.range().minPointer());
            var max = listing.integer(bound.range().maxPointer());
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
