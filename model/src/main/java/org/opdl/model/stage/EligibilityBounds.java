package org.opdl.model.stage;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A program's eligibility bounds on the three figures: for each figure an optional inclusive
 * minimum and maximum. An empty bound means the program sets no limit on that side.
 *
 * @param min the minimum of each figure the program requires
 * @param max the maximum of each figure the program allows
 */
public record EligibilityBounds(Map<Figure, Integer> min, Map<Figure, Integer> max) {

    /** No bounds at all: every producer qualifies. */
    public static final EligibilityBounds NONE = new EligibilityBounds(Map.of(), Map.of());

    /** Copies the maps. */
    public EligibilityBounds {
        min = Map.copyOf(min);
        max = Map.copyOf(max);
    }

    /** A builder-style copy with a minimum set. */
    public EligibilityBounds withMin(Figure figure, int value) {
        Map<Figure, Integer> m = new EnumMap<>(Figure.class);
        m.putAll(min);
        m.put(figure, value);
        return new EligibilityBounds(m, max);
    }

    /** A builder-style copy with a maximum set. */
    public EligibilityBounds withMax(Figure figure, int value) {
        Map<Figure, Integer> m = new EnumMap<>(Figure.class);
        m.putAll(max);
        m.put(figure, value);
        return new EligibilityBounds(min, m);
    }

    /** The minimum of a figure, if the program sets one. */
    public OptionalInt min(Figure figure) {
        Integer v = min.get(figure);
        return v == null ? OptionalInt.empty() : OptionalInt.of(v);
    }

    /** The maximum of a figure, if the program sets one. */
    public OptionalInt max(Figure figure) {
        Integer v = max.get(figure);
        return v == null ? OptionalInt.empty() : OptionalInt.of(v);
    }

    /**
     * Compares the bounds. Written out rather than left to the record, whose generated methods go
     * through method handles that the quick JIT compiler cannot inline; bounds are memo keys.
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof EligibilityBounds b && min.equals(b.min) && max.equals(b.max);
    }

    @Override
    public int hashCode() {
        return 31 * min.hashCode() + max.hashCode();
    }

    /** True when no figure is bounded. */
    public boolean isEmpty() {
        return min.isEmpty() && max.isEmpty();
    }

    /** True when the record lies within every bound. */
    public boolean admits(ProducerRecord record) {
        for (Figure f : Figure.values()) {
            int v = record.get(f);
            if (min(f).isPresent() && v < min(f).getAsInt() || max(f).isPresent() && v > max(f).getAsInt()) {
                return false;
            }
        }
        return true;
    }
}
