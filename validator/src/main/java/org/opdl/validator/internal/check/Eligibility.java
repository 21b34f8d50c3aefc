package org.opdl.validator.internal.check;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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

    /**
     * The stages some way in admits, so that declared stages and wording are held to every way in,
     * not to the main bounds alone: the listing's own bounds (every stage when it sets none), narrowed
     * to what its streams admit when it has streams, together with what each other way in
     * ({@code eligibilityAlternatives}) admits. A stream or way in admits its span of stages
     * ({@code lowestStage} to {@code highestStage}) within its own bounds; one with neither admits
     * every stage. The scale's order; every stage when nothing bounds the stages at all.
     */
    public static Set<String> admittedByAnyWay(Listing listing) {
        return listing.derived(AnyWay.class, Eligibility::anyWay);
    }

    /** The key of {@link #admittedByAnyWay} among a listing's derived values. */
    private static final class AnyWay {
    }

    private static Set<String> anyWay(Listing listing) {
        List<String> all = listing.standard().scale().codes();
        EligibilityBounds own = bounds(listing);
        Set<String> main = new LinkedHashSet<>(own.isEmpty() ? all : listing.standard().admittedStages(own));
        List<Listing.Value> streams = listing.objectsIn("streams");
        Set<String> inStreams = new HashSet<>();
        streams.forEach(s -> inStreams.addAll(admitted(listing, s.node(), all)));
        // A stream that admits no one is opdl.eligibility.alternative-never-holds, not a reason to doubt every stage.
        if (!inStreams.isEmpty()) {
            main.retainAll(inStreams);
        }
        Set<String> any = new HashSet<>(main);
        listing.objectsIn("eligibilityAlternatives").forEach(a -> any.addAll(admitted(listing, a.node(), all)));
        return all.stream().filter(any::contains).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** What one stream or way in admits: its span of stages within its own bounds. */
    private static Set<String> admitted(Listing listing, JsonNode way, List<String> all) {
        EligibilityBounds b = read(way);
        Set<String> out = new LinkedHashSet<>(b.isEmpty() ? all : listing.standard().admittedStages(b));
        int low = all.indexOf(text(way, "lowestStage"));
        int high = all.indexOf(text(way, "highestStage"));
        int from = Math.max(0, low);
        int to = high < 0 ? all.size() - 1 : high;
        if (from <= to) {
            out.retainAll(all.subList(from, to + 1));
        } else {
            // A span that can never hold admits no one; opdl.eligibility.alternative-never-holds says so.
            out.clear();
        }
        return out;
    }

    /** The string of a field of an object, or empty when it has none. */
    public static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v != null && v.isString() ? v.asString() : "";
    }

    private static EligibilityBounds read(Listing listing) {
        // Read from the eligibility object itself: six look-ups by pointer cost more than the rule.
        return read(listing.node().get("eligibility"));
    }

    /** The bounds an object sets with the eligibility fields' names: the eligibility itself, a stream, a way in. */
    private static EligibilityBounds read(JsonNode eligibility) {
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

    /** The value if it is a whole number from 0 that fits an int, else -1. */
    private static int whole(JsonNode n) {
        return n != null && n.isIntegralNumber() && n.canConvertToInt() && n.intValue() >= 0 ? n.intValue() : -1;
    }
}
