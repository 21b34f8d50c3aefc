package org.opdl.validator.match;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The figures of a producer's record checked against the bounds an object states: the listing's
 * eligibility, one of its other ways in, or one of its streams, which all name the bounds alike
 * ({@code minCredits}, {@code maxYears}…). One figure short or over is a near miss.
 */
final class Bounds {

    /** A figure of the record, the fields that bound it and the words that count it. */
    private enum Figure {
        WORKS("completed-works", "minCompletedWorks", "maxCompletedWorks", "works"),
        CREDITS("credits", "minCredits", "maxCredits", "credits"),
        YEARS("years", "minYears", "maxYears", "years");

        private final String criterion;
        private final String min;
        private final String max;
        private final String noun;

        Figure(String criterion, String min, String max, String noun) {
            this.criterion = criterion;
            this.min = min;
            this.max = max;
            this.noun = noun;
        }

        int of(Profile p) {
            return switch (this) {
                case WORKS -> p.completedWorks();
                case CREDITS -> p.credits();
                case YEARS -> p.years();
            };
        }
    }

    private Bounds() {
    }

    /** Adds a check for each bound {@code bounds} states; true when it states any. */
    static boolean check(JsonNode bounds, Profile profile, List<Match.Check> out) {
        boolean any = false;
        for (Figure f : Figure.values()) {
            int have = f.of(profile);
            JsonNode min = bounds.path(f.min);
            if (min.isIntegralNumber()) {
                any = true;
                int need = min.canConvertToInt() ? min.intValue() : Integer.MAX_VALUE;
                int gap = need - have;
                out.add(gap <= 0
                        ? new Match.Check(f.criterion, Match.Outcome.FITS, Reason.of("bound.min", Words.count(f.noun, need), have), false)
                        : new Match.Check(f.criterion, Match.Outcome.DOES_NOT_FIT,
                                Reason.of("bound.min.short", Words.count(f.noun, need), have, Words.count(f.noun, gap), gap), gap == 1));
            }
            JsonNode max = bounds.path(f.max);
            if (max.isIntegralNumber()) {
                any = true;
                int most = max.canConvertToInt() ? max.intValue() : Integer.MAX_VALUE;
                int over = have - most;
                out.add(new Match.Check(f.criterion, over <= 0 ? Match.Outcome.FITS : Match.Outcome.DOES_NOT_FIT,
                        Reason.of("bound.max", Words.count(f.noun, most), have), over == 1));
            }
        }
        return any;
    }
}
