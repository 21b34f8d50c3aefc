package org.opdl.schema.json;

import tools.jackson.databind.node.ObjectNode;

/**
 * Refuses a name given twice in an object that a reader keeps, as Jackson's strict duplicate
 * detection does, with its words and at its place, for a reader that keeps few fields
 * ({@link TopFields}). Jackson checks the names of every object, the skipped ones included, and
 * building a set of names for each was a sixth of {@code opdl match}'s reading; a name given twice
 * inside a field the caller never reads changes none of its answers, so only the kept objects are
 * checked, by the map each of them is already read into. {@code opdl validate} reads every field and
 * still refuses every duplicate. A duplicate found stops the line, which the reader then reads
 * again with Jackson's check on, so that the error is the whole read's, word for word and place for place.
 */
final class KeptDuplicates {

    private KeptDuplicates() {
    }

    /** Throws {@link Found} when {@code node} already holds {@code name}. */
    static void check(ObjectNode node, String name) {
        if (node.has(name)) {
            throw new Found();
        }
    }

    /** A name given twice in a kept object: the text is to be read again with the parser's own check. */
    static final class Found extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Found() {
            super("a name is given twice", null, false, false);
        }
    }
}
