package org.opdl.schema.cell;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A kind of credit written with the length of the work it counts, as calls write it: "theatrical
 * feature credits", "crédits de longs métrages en salle". The kind alone would lose "feature", which
 * the standard keeps as a running time in Min work length, a figure the words do not give; so the
 * cell is refused with the kind to write and where the length goes. Read in the fields the table
 * words {@code length}.
 */
final class CreditWithLength {

    /** The words of a feature-length work, wherever they stand among the kind's words. */
    private static final Pattern FEATURE = Pattern.compile("(?iu)\\s*\\b(?:feature(?:[- ]length)?(?:\\s+films?)?|(?:de\\s+)?longs?[- ]métrages?)\\b\\s*");

    private CreditWithLength() {
    }

    /**
     * Why {@code v} cannot be read as one kind of credit and where the length goes, when the rest
     * of it is a kind {@code kindOf} knows; empty otherwise.
     */
    static Optional<Unreadable> explain(String v, Function<String, Optional<String>> kindOf) {
        Matcher m = FEATURE.matcher(v);
        if (!m.find()) {
            return Optional.empty();
        }
        String words = m.group().strip();
        String rest = (v.substring(0, m.start()) + " " + v.substring(m.end())).strip();
        return kindOf.apply(rest).map(kind -> new Unreadable(v, Refusal.CREDIT_LENGTH, kind, words));
    }
}
