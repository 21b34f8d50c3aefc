package org.opdl.validator.rule;

/**
 * A rule that compares the listings of one file with each other, such as duplicate ids. The
 * validator gives it the listings in file order, one at a time, through a tracker made for that
 * file; the tracker keeps only compact state (a hash per listing, never the listing).
 */
public non-sealed interface DatasetRule extends Rule {

    /** A fresh tracker for one file. */
    Tracker newTracker();

    /**
     * Works out, on the worker thread that checked the listing, what this rule's trackers will
     * need from it, so that the one thread running trackers in file order does little. Trackers
     * must give the same answer whether or not this ran first. By default nothing is prepared.
     */
    default void prepare(Listing listing) {
    }

    /** The per-file state of a dataset rule. */
    interface Tracker {

        /** Checks one listing against those seen before it in the file. */
        void check(Listing listing, Emitter out);
    }
}
