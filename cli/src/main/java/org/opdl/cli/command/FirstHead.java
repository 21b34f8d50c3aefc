package org.opdl.cli.command;

import tools.jackson.databind.node.ObjectNode;

/**
 * The head of the first file of a merge, reached as the merge reads that file: its dataset fields, or its
 * first listing, or its end. When it brings no fields, the heads of the other files are read then
 * ({@link FieldsAhead}), while the first file waits at its head, so that the first file is opened once and
 * the fields that head the dataset are still known before any listing is written (K24, K31).
 */
final class FirstHead {

    /** The head of any file but the first: nothing to do. */
    static final FirstHead NONE = new FirstHead(false, () -> { });

    private final Runnable readOthers;
    private boolean pending;

    /** A head still to reach when {@code pending}, which runs {@code readOthers} if it brings no fields. */
    FirstHead(boolean pending, Runnable readOthers) {
        this.pending = pending;
        this.readOthers = readOthers;
    }

    /** Says the head was reached with {@code fields} (null for a listing or the end); acts once. */
    void reached(ObjectNode fields) {
        if (!pending) {
            return;
        }
        pending = false;
        if (fields == null || fields.isEmpty()) {
            readOthers.run();
        }
    }
}
