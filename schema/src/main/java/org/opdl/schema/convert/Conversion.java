package org.opdl.schema.convert;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.schema.format.DatasetSink;
import org.opdl.schema.format.Format;
import org.opdl.schema.format.ListingWriter;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.SourceMap;
import org.opdl.schema.format.SourceRecord;
import org.opdl.schema.format.WriteOptions;
import tools.jackson.databind.node.ObjectNode;

/**
 * Converts one dataset from one format to another, one listing at a time: each listing is written
 * as soon as it is read. It maps and never validates. Any listing that cannot be mapped ends the
 * conversion with a {@link org.opdl.schema.format.ReadException}; the caller discards the output.
 * A dataset's own fields travel with it in every format; a bare list of listings stays bare.
 */
public final class Conversion {

    /**
     * What a conversion did.
     *
     * @param listings the number of listings written
     */
    public record Result(long listings) {
    }

    private Conversion() {
    }

    /**
     * Converts {@code in} (named {@code source}) from {@code from} to {@code to} onto {@code out}.
     *
     * @param notes receives what the reader noticed, file-level findings and each listing's own
     */
    public static Result run(String source, InputStream in, Format from, Limits limits,
            OutputStream out, Format to, WriteOptions options, Consumer<Finding> notes) throws IOException {
        Pipe pipe = new Pipe(to.writer(out, options), notes, source);
        try {
            from.reader(limits).read(source, in, pipe);
            pipe.begin(null);
            pipe.writer.end(pipe.trailer, pipe.datasetMap);
            pipe.writer.changes(source).forEach(notes);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new Result(pipe.count);
    }

    /** Hands each listing the reader finds straight to the writer. */
    private static final class Pipe implements DatasetSink {
        private final ListingWriter writer;
        private final Consumer<Finding> notes;
        /** Places a dataset field in the source: readers keep no positions for them, so the pointer names it. */
        private final SourceMap datasetMap;
        private boolean begun;
        private ObjectNode trailer;
        private long count;

        Pipe(ListingWriter writer, Consumer<Finding> notes, String source) {
            this.writer = writer;
            this.notes = notes;
            this.datasetMap = pointer -> new Location.Json(source, -1, pointer, 0, 0);
        }

        void begin(ObjectNode header) {
            if (!begun) {
                begun = true;
                try {
                    writer.begin(header, datasetMap);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        @Override
        public void dataset(ObjectNode fieldsBefore) {
            begin(fieldsBefore);
        }

        @Override
        public void record(SourceRecord record) {
            begin(null);
            record.notes().forEach(notes);
            try {
                writer.write(record);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            count++;
        }

        @Override
        public void note(Finding finding) {
            notes.accept(finding);
        }

        @Override
        public void datasetEnd(ObjectNode fieldsAfter) {
            trailer = fieldsAfter;
        }
    }
}
