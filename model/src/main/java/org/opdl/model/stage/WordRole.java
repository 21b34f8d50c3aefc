package org.opdl.model.stage;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a word that names no stage does in stage wording, as {@code wording-words.csv} assigns it.
 * The set is fixed by the reader's code; the words that play each role are data.
 */
enum WordRole {
    /** Ignored: articles, particles, qualifiers of the people (documentary, Indigenous). */
    FILLER("filler"),
    /** Who the program is for (producers, productrices, staff); ignored, but kept apart from other people. */
    PEOPLE("people"),
    /** People or bodies other than the participants (mentors, companies); a stage word beside them is not the participants'. */
    OTHER("other"),
    /** A people noun when another stage word qualifies it, a stage word otherwise (professional). */
    NOUN_OR_STAGE("noun-or-stage"),
    /** Joins stages into a list. */
    AND("and"),
    /** Joins stages into a list. */
    OR("or"),
    /** Between two stages, makes a range. */
    TO("to"),
    /** Makes the next "and" a range. */
    BETWEEN("between"),
    /** After a stage, every stage from it upward. */
    AND_UP("and-up"),
    /** After a stage, every stage from the bottom to it. */
    AND_BELOW("and-below"),
    /** Before a stage, every stage from the bottom to it. */
    UP_TO("up-to"),
    /** Before a stage, every stage from it upward. */
    FROM_UP("from-up"),
    /** Before a stage noun, every stage. */
    ALL("all"),
    /** The noun that "all" needs to mean every stage (stage, level, étape). */
    STAGE_NOUN("stage-noun"),
    /** Negation: the stage word it governs names no stage. */
    NOT("not"),
    /** A criterion left to the eligibility bounds: numbers, credits, experience. */
    CRITERION("criterion");

    private final String code;

    WordRole(String code) {
        this.code = code;
    }

    /** The role's name in {@code wording-words.csv}. */
    String code() {
        return code;
    }

    /** The role of a name in {@code wording-words.csv}. */
    static Optional<WordRole> of(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
