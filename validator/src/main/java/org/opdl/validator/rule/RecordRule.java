package org.opdl.validator.rule;

/** A rule that looks at one listing at a time; the validator runs these in parallel. */
public non-sealed interface RecordRule extends Rule {

    /** Checks one listing and reports what is wrong with it. */
    void check(Listing listing, Emitter out);
}
