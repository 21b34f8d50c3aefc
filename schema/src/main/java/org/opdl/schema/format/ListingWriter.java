package org.opdl.schema.format;

import java.io.IOException;
import java.util.List;
import org.opdl.model.finding.Finding;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes listings in one format, record by record. Writers of streaming formats (JSON, NDJSON, CSV,
 * N-Triples) write each listing as it comes; the others collect the graph and write it at {@link
 * #end}. A writer never closes the stream it was given.
 */
public interface ListingWriter {

    /**
     * Starts the output. {@code dataset} holds the dataset's fields that come before its listings,
     * or is null when the source had no dataset wrapper, which every format then keeps bare.
     *
     * @param map places a pointer into {@code dataset} in the source file, for errors
     * @throws ReadException when a dataset field is one this format cannot carry
     */
    void begin(ObjectNode dataset, SourceMap map) throws IOException;

    /**
     * Writes one listing.
     *
     * @throws ReadException when the listing holds a value this format cannot carry, such as a
     *     field the standard does not define or a value of the wrong kind for its field
     */
    void write(SourceRecord record) throws IOException;

    /**
     * Ends the output; {@code trailer} holds dataset fields that came after the listings, or is null.
     *
     * @param map places a pointer into {@code trailer} in the source file, for errors
     */
    void end(ObjectNode trailer, SourceMap map) throws IOException;

    /**
     * What this writer changed in the data because it was asked to, such as cells neutralised for
     * spreadsheets, as findings placed in {@code source}; asked once, after {@link #end}.
     */
    default List<Finding> changes(String source) {
        return List.of();
    }
}
