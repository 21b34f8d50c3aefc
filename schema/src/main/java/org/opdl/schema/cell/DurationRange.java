package org.opdl.schema.cell;

import java.util.Objects;
import org.opdl.model.field.Field;

/**
 * A range of durations typed where one duration goes ("20–22 weeks", "de 5 à 10 mois"), read as
 * its two ends in the standard's form, with the fields that hold them.
 *
 * @param shortest the field of the shortest duration ({@code minDuration} beside {@code duration})
 * @param low the shortest duration, such as {@code P140D}
 * @param longest the field of the longest duration ({@code maxDuration})
 * @param high the longest duration, such as {@code P154D}
 */
public record DurationRange(Field shortest, String low, Field longest, String high) {

    /** Checks that every part is given. */
    public DurationRange {
        Objects.requireNonNull(shortest, "shortest");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(longest, "longest");
        Objects.requireNonNull(high, "high");
    }
}
