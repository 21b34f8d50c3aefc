package org.opdl.schema.convert;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.apache.jena.atlas.RuntimeIOException;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.schema.format.DatasetSink;
import org.opdl.schema.format.Format;
import org.opdl.schema.format.ListingWriter;
import org.opdl.schema.format.ReaderErrors;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.ReaderRule;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.SourceMap;
import org.opdl.schema.format.SourceRecord;
import org.opdl.schema.format.WriteOptions;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Converts one dataset from one format to another, one listing at a time: each listing is written
 * as soon as it is read. It maps and never validates. Any listing that cannot be mapped ends the
 * conversion with a {@link org.opdl.schema.format.ReadException}; the caller discards the output.
 * A dataset's own fields travel with it in every format; a bare list of listings stays bare.
 * Several inputs make one dataset: their listings in the order given, and their dataset fields,
 * which must then agree (fields that differ would otherwise be dropped without a word). A reader's
 * error about a cell or a column it left out (an unknown heading, an unreadable cell) ends the
 * conversion too, once every such error has been noted: the output would lack what it names.
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
        Session session = start(out, to, options, notes);
        session.add(source, in, from, limits);
        return session.finish();
    }

    /**
     * Starts a conversion of one or more inputs into one dataset in format {@code to} on {@code out};
     * {@link Session#add} each input in turn, then {@link Session#finish}.
     *
     * @param notes receives what the readers noticed, file-level findings and each listing's own
     */
    public static Session start(OutputStream out, Format to, WriteOptions options, Consumer<Finding> notes) {
        return start(out, to, options, notes, 1);
    }

    /**
     * As {@link #start(OutputStream, Format, WriteOptions, Consumer)}, for {@code inputs} inputs. With
     * more than one, each listing id is kept with its input, so that a listing two inputs hold is
     * refused; a single input keeps none, as that memory would grow with the file.
     */
    public static Session start(OutputStream out, Format to, WriteOptions options, Consumer<Finding> notes, int inputs) {
        boolean digitsOnly = !to.name().equals("json") && !to.name().equals("ndjson");
        return new Session(new Pipe(to.writer(out, options), notes, digitsOnly, inputs > 1));
    }

    /** A conversion under way: its inputs go into one dataset, in the order they are added. */
    public static final class Session {
        private final Pipe pipe;
        private final List<String> sources = new ArrayList<>();

        private Session(Pipe pipe) {
            this.pipe = pipe;
        }

        /**
         * Reads one input into the dataset.
         *
         * @param source the input's name as the user gave it, used in locations
         * @throws ReadException when the input cannot be mapped, or carries dataset fields that differ
         *     from an earlier input's
         */
        public void add(String source, InputStream in, Format from, Limits limits) throws IOException {
            add(source, in, from, limits, UnaryOperator.identity());
        }

        /**
         * Reads one input into the dataset through {@code through}, which may change what the reader
         * finds before it is written, as {@link org.opdl.schema.migrate.MigratingSink} does.
         *
         * @throws ReadException as {@link #add(String, InputStream, Format, Limits)}, or when {@code through} refuses
         */
        public void add(String source, InputStream in, Format from, Limits limits, UnaryOperator<DatasetSink> through)
                throws IOException {
            sources.add(source);
            pipe.next(source);
            try {
                from.reader(limits).read(source, in, through.apply(pipe));
            } catch (UncheckedIOException | JacksonIOException | RuntimeIOException e) {
                throw ioFailure(e);
            }
        }

        /**
         * Ends the dataset and says what was written.
         *
         * @throws ReadException when a reader noted an error: what it names would be missing from the output
         */
        public Result finish() throws IOException {
            pipe.refuseLoss();
            try {
                pipe.begin(null);
                pipe.writer.end(pipe.trailer, pipe.datasetMap);
            } catch (UncheckedIOException | JacksonIOException | RuntimeIOException e) {
                throw ioFailure(e);
            }
            if (!sources.isEmpty()) {
                // The writer counts its changes over the whole output; they are told once, at the first input.
                pipe.writer.changes(sources.get(0)).forEach(pipe.notes);
            }
            return new Result(pipe.count);
        }
    }

    /**
     * The input/output failure inside an unchecked wrapper: Jackson and Jena report a full disk or a
     * failing device as their own runtime exceptions, which must reach the caller as what they are.
     */
    private static IOException ioFailure(RuntimeException e) {
        return e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e);
    }

    /** Hands each listing the reader finds straight to the writer. */
    private static final class Pipe implements DatasetSink {
        private final ListingWriter writer;
        private final Consumer<Finding> notes;
        /** Places a dataset field in the source: readers keep no positions for them, so the pointer names it. */
        private SourceMap datasetMap;
        private boolean begun;
        private ObjectNode header;
        private ObjectNode trailer;
        private String first;
        private String source;
        private boolean trailed;
        private long count;
        /** The errors readers noted: each names something left out. */
        private final ReaderErrors errors = new ReaderErrors();
        /** The file each listing id was first read from, when joining files: they must not put one listing in the dataset twice. */
        private final Map<String, String> idSources;
        /** True when the output writes integers as digits only, so that {@code 8.0} must become {@code 8}. */
        private final boolean digitsOnly;

        Pipe(ListingWriter writer, Consumer<Finding> notes, boolean digitsOnly, boolean joining) {
            this.writer = writer;
            this.idSources = joining ? new HashMap<>() : null;
            this.notes = finding -> {
                errors.take(finding);
                notes.accept(finding);
            };
            this.digitsOnly = digitsOnly;
        }

        /** Stops the conversion at the first error a reader noted, saying how many there were. */
        void refuseLoss() {
            Finding first = errors.first().orElse(null);
            if (first != null) {
                throw new ReadException(ReaderRule.CONVERT_UNMAPPABLE, first.location(),
                        ConvertMessages.CONVERT_UNMAPPABLE_LEFT_OUT.text(first.message(), errors.count()),
                        ConvertMessages.CONVERT_UNMAPPABLE_FIX_THEN_CONVERT.text(first.fix()));
            }
        }

        /** The next source starts; the dataset fields are placed in the first. */
        void next(String name) {
            source = name;
            if (first == null) {
                first = name;
                datasetMap = pointer -> new Location.Json(name, -1, pointer, 0, 0);
            }
        }

        void begin(ObjectNode fields) {
            if (!begun) {
                begun = true;
                header = fields;
                try {
                    writer.begin(fields, datasetMap);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        @Override
        public void dataset(ObjectNode fieldsBefore) {
            if (begun) {
                agree(header, fieldsBefore);
            }
            begin(fieldsBefore);
        }

        /** A later source's dataset fields must be those already written: nothing is dropped unseen. */
        private void agree(ObjectNode written, ObjectNode fields) {
            if (!Objects.equals(written, fields)) {
                throw new ReadException(ReaderRule.CONVERT_UNMAPPABLE, new Location.Json(source, -1, "", 0, 0),
                        ConvertMessages.CONVERT_UNMAPPABLE_DATASET_FIELDS_DIFFER.text(source, first),
                        ConvertMessages.CONVERT_UNMAPPABLE_GIVE_BOTH_FILES.text());
            }
        }

        @Override
        public void record(SourceRecord record) {
            refuseJoinedTwice(record);
            begin(null);
            record.notes().forEach(notes);
            if (digitsOnly) {
                WholeNumbers.rewrite(record);
            }
            try {
                writer.write(record);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            count++;
        }

        /**
         * Refuses a listing whose id an earlier input gave: the joined dataset would hold it twice,
         * which no format's reader accepts back. Within one input, convert keeps what is there.
         */
        private void refuseJoinedTwice(SourceRecord record) {
            JsonNode id = idSources == null ? null : record.listing().get("id");
            if (id == null || !id.isString()) {
                return;
            }
            String earlier = idSources.putIfAbsent(id.stringValue(), source);
            if (earlier != null && !earlier.equals(source)) {
                throw new ReadException(ReaderRule.CONVERT_UNMAPPABLE, record.sourceMap().locate("/id"),
                        ConvertMessages.CONVERT_UNMAPPABLE_JOINED_TWICE.text(id.stringValue(), earlier),
                        ConvertMessages.CONVERT_UNMAPPABLE_JOINED_TWICE_FIX.text(earlier, source));
            }
        }

        @Override
        public void note(Finding finding) {
            notes.accept(finding);
        }

        @Override
        public void datasetEnd(ObjectNode fieldsAfter) {
            if (trailed) {
                agree(trailer, fieldsAfter);
            }
            trailed = true;
            trailer = fieldsAfter;
        }
    }
}
