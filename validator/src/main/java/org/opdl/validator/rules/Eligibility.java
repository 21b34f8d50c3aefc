package org.opdl.validator.rules;

import java.util.List;
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
    }

    private Eligibility() {
    }

    /** The bounds the listing sets; values that are not whole numbers are ignored. */
    static EligibilityBounds bounds(Listing listing) {
        EligibilityBounds b = EligibilityBounds.NONE;
        for (Bound bound : BOUNDS) {
            var min = listing.integer("/eligibility/" + bound.min());
            var max = listing.integer("/eligibility/" + bound.max());
            if (min.isPresent() && min.getAsInt() >= 0) {
                b = b.withMin(bound.figure(), min.getAsInt());
            }
            if (max.isPresent() && max.getAsInt() >= 0) {
                b = b.withMax(bound.figure(), max.getAsInt());
            }
        }
        return b;
    }
}
