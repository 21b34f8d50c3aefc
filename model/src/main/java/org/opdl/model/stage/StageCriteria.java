package org.opdl.model.stage;

import java.util.EnumMap;
import java.util.Map;

/**
 * The minimums of one stage of the scale; a producer reaches the stage when all of them hold.
 *
 * @param stage the stage's code in the career-stage scheme
 * @param minimums the minimum of each figure (0 when the stage sets none)
 * @param source why the thresholds are where they are
 */
public record StageCriteria(String stage, Map<Figure, Integer> minimums, String source) {

    /** Copies the minimums and fills figures the stage leaves unset with 0. */
    public StageCriteria {
        Map<Figure, Integer> all = new EnumMap<>(Figure.class);
        for (Figure f : Figure.values()) {
            all.put(f, minimums.getOrDefault(f, 0));
        }
        minimums = Map.copyOf(all);
    }

    /** The minimum of one figure. */
    public int minimum(Figure figure) {
        return minimums.get(figure);
    }

    /** True when the record meets every minimum of this stage. */
    public boolean admits(ProducerRecord record) {
        for (Figure f : Figure.values()) {
            if (record.get(f) < minimum(f)) {
                return false;
            }
        }
        return true;
    }
}
