package org.opdl.schema.format;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.function.Consumer;
import org.opdl.model.finding.Finding;

/**
 * Reads the listings of one file, record by record, in the order of the file. Readers of
 * streaming formats (JSON arrays, NDJSON, CSV, N-Triples) hold one record at a time; the others
 * may buffer the file and say so in their documentation.
 */
public interface ListingReader {

    /**
     * Reads every listing and hands each to {@code records} as soon as it is mapped. Findings
     * about the file as a whole (an encoding, a dataset header) go to {@code fileNotes}.
     *
     * @param source the name of the file as the user gave it, used in locations
     * @param in the file's bytes; the reader does not close it
     * @param records receives each listing
     * @param fileNotes receives findings that belong to no single listing
     * @throws ReadException when the file or a record cannot be read or mapped at all
     * @throws IOException when reading fails
     */
    default void read(String source, InputStream in, Consumer<SourceRecord> records, Consumer<Finding> fileNotes)
            throws IOException {
        read(source, in, DatasetSink.of(records, fileNotes));
    }

    /**
     * Reads every listing like {@link #read(String, InputStream, Consumer, Consumer)}, and also hands
     * the dataset's own fields (publisher, licence) to {@code sink} when the format carries them.
     * Formats without a dataset wrapper never call {@link DatasetSink#dataset}.
     *
     * @param source the name of the file as the user gave it, used in locations
     * @param in the file's bytes; the reader does not close it
     * @param sink receives the dataset's fields, each listing and each file-level finding
     * @throws ReadException when the file or a record cannot be read or mapped at all
     * @throws IOException when reading fails
     */
    void read(String source, InputStream in, DatasetSink sink) throws IOException;

    /**
     * A reader that may leave out every top-level field of a listing but {@code fields}, for a
     * caller that reads only those and reports nothing on the rest: it reads faster. The dataset's
     * own fields are cut down alike. Readers that cannot skip fields cheaply return themselves.
     *
     * @param fields the top-level fields the caller reads
     * @return a reader keeping at least {@code fields}
     */
    default ListingReader keeping(Set<String> fields) {
        return this;
    }

    /**
     * A reader that parses on the caller's thread only, for a caller that already keeps every
     * processor busy with the listings it is handed, as the validator does: parsing on other threads
     * beside it would only take processors from it. Readers that parse on one thread return themselves.
     *
     * @return a reader that starts no thread of its own
     */
    default ListingReader onOneThread() {
        return this;
    }
}
