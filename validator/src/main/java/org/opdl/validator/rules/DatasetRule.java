package org.opdl.validator.rules;

/**
 * A rule that compares the listings of one file with each other, such as duplicate ids. The
 * validator gives it the listings in file order, one at a time, through a tracker made for that
 * file; the tracker keeps only compact state (a hash per listing, never the listing).
 */
public non-sealed interface DatasetRule extends Rule {

    /** A fresh tracker for one file. */
    Tracker newTracker();

    /** The per-file state of a dataset rule. */
    interface Tracker {

        /** Checks one listing against those seen before it in the file. */
        void check(Listing listing, Emitter out);
    }
}
