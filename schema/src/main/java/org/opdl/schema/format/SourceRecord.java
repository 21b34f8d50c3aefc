package org.opdl.schema.format;

import java.util.List;
import java.util.Objects;
import org.opdl.model.finding.Finding;
import tools.jackson.databind.node.ObjectNode;

/**
 * One listing as a reader found it: its JSON form, where each of its values came from, and what
 * the reader noticed while mapping it (normalised labels, encodings, Excel damage).
 *
 * @param index the zero-based index of the listing in its file
 * @param listing the listing in the standard's JSON form
 * @param sourceMap where each value came from
 * @param notes findings the reader made about this listing
 */
public record SourceRecord(int index, ObjectNode listing, SourceMap sourceMap, List<Finding> notes) {

    /** Copies the notes. */
    public SourceRecord {
        Objects.requireNonNull(listing, "listing");
        Objects.requireNonNull(sourceMap, "sourceMap");
        notes = List.copyOf(notes);
    }
}
