package org.opdl.schema.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.finding.Severity;
import org.opdl.schema.format.DatasetSink;
import org.opdl.schema.format.LimitErrors;
import org.opdl.schema.format.ListingReader;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ParallelSink;
import org.opdl.schema.format.ReaderRule;
import org.opdl.schema.format.SourceRecord;
import org.opdl.schema.shape.DatasetFields;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads NDJSON: one listing, one JSON object, per line. A first line marked {@code "type":
 * "Dataset"} holds the dataset's own fields rather than a listing, and so may a last line, for
 * fields that came after the listings. Line numbers in errors and source maps are the file's
 * lines. Blank lines are skipped and counted; a UTF-8 byte-order mark is skipped and reported, at
 * the start of any line; a file with no line of content is empty, as for every format; a line
 * holding anything but exactly one object stops the read and names the line.
 */
public final class NdjsonListingReader implements ListingReader {

    private final Limits limits;
    private final JsonFactory factory;
    /** The factory that refuses every duplicate name, for a line a keeping read found one in; the same as factory otherwise. */
    private final JsonFactory strict;
    private final int threads;
    /** The top-level fields kept, or null for all of them. */
    private final TopFields kept;

    /** A reader under the given limits; each line is limited to {@code maxRecordBytes}. */
    public NdjsonListingReader(Limits limits) {
        this(limits, OrderedWork.WORKERS, null);
    }

    /** A reader that parses the lines of a large file on {@code threads} workers (1: on the caller's thread only). */
    NdjsonListingReader(Limits limits, int threads) {
        this(limits, threads, null);
    }

    private NdjsonListingReader(Limits limits, int threads, TopFields kept) {
        this.limits = limits;
        // Keeping few fields, the reader checks the names of those alone for duplicates (KeptDuplicates).
        this.strict = Parsers.factory(limits, limits.maxRecordBytes());
        this.factory = kept == null ? strict : Parsers.factory(limits, limits.maxRecordBytes(), false);
        this.threads = threads;
        this.kept = kept;
    }

    @Override
    public NdjsonListingReader keeping(Set<String> fields) {
        return new NdjsonListingReader(limits, threads, new TopFields(fields));
    }

    @Override
    public NdjsonListingReader onOneThread() {
        return new NdjsonListingReader(limits, 1, kept);
    }

    @Override
    public void read(String source, InputStream in, DatasetSink sink) throws IOException {
        Consumer<Finding> fileNotes = sink::note;
        NdjsonDatasetLines datasetLines = new NdjsonDatasetLines(source, sink);
        LineReader lines = new LineReader(LimitErrors.bounded(source, in, limits), limits.maxRecordBytes());
        int[] delivered = {0};
        Consumer<Item> deliver = item -> {
            if (item instanceof Item.Note note) {
                fileNotes.accept(note.finding());
            } else if (item instanceof Item.Line line && !datasetLines.take(line.record(), line.number())) {
                LimitErrors.checkRecords(delivered[0] + 1L, new Location.Text(source, line.number(), 1), limits);
                delivered[0]++;
                if (line.ready() != null) {
                    line.ready().run();
                } else {
                    sink.record(line.record());
                }
            }
        };
        int index = 0;
        long blank = 0;
        boolean content = false;
        try (OrderedWork<Item> work = new OrderedWork<>(deliver, threads)) {
            while (next(lines, work)) {
                byte[] b = lines.bytes();
                int from = 0;
                int len = lines.length();
                long number = lines.number();
                if (len >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
                    from = 3;
                    Finding bom = bom(source, number);
                    work.add(() -> new Item.Note(bom));
                }
                if (isBlank(b, from, len)) {
                    blank++;
                    continue;
                }
                if (!content) {
                    // The first line decides whether the file opens with the dataset's fields, and
                    // so the index of every listing after it: it is read here, before any other.
                    content = true;
                    if (number == 1 + blank && len >= 2) {
                        Parsers.refuseWideEncodings(source, b, len);
                    }
                    byte[] copy = Arrays.copyOfRange(b, from, len);
                    boolean escapes = lines.hasBackslash();
                    work.add(() -> new Item.Line(line(source, 0, number, copy, escapes), number, null));
                    work.finish();
                    index = delivered[0];
                    continue;
                }
                int at = index++;
                byte[] copy = Arrays.copyOfRange(b, from, len);
                boolean escapes = lines.hasBackslash();
                work.add(() -> parsed(source, at, number, copy, escapes, sink));
            }
            work.finish();
            if (!content) {
                throw ReadException.empty(source, JsonMessages.WRITE_ONE_LISTING.text());
            }
            datasetLines.end();
        } catch (LineReader.LineTooLongException e) {
            throw new ReadException(ReaderRule.LIMIT_NDJSON, new Location.Text(source, e.line(), 0),
                    JsonMessages.LIMIT_NDJSON_LINE_LONGER_THAN.text(e.line(), limits.maxRecordBytes()),
                    JsonMessages.LIMIT_NDJSON_CHECK_FILE_NDJSON.text());
        }
        if (blank > 0) {
            fileNotes.accept(new Finding(ReaderRule.NDJSON_BLANK_LINES.id(), ReaderRule.NDJSON_BLANK_LINES.severity(), new Location.Text(source, 0, 0),
                    JsonMessages.NDJSON_BLANK_LINES_BLANK_LINE_S.text(blank),
                    JsonMessages.NDJSON_BLANK_LINES_REMOVE_BLANK_LINES.text()));
        }
    }

    /** A line read or a note made, in the file's order. */
    private sealed interface Item {
        /** A note on the file, such as a byte-order mark. */
        record Note(Finding finding) implements Item {
        }

        /**
         * A line parsed, with its number in the file, and, for a {@link ParallelSink}, what is left
         * to do with the listing once the sink's own work on it is done (null otherwise).
         */
        record Line(SourceRecord record, long number, Runnable ready) implements Item {
        }
    }

    /**
     * The next line; when reading fails (a line too long, a file too large), the lines before the
     * failure are handed on first, so that what is reported keeps the file's order.
     */
    private static boolean next(LineReader lines, OrderedWork<Item> work) throws IOException {
        try {
            return lines.next();
        } catch (IOException | RuntimeException e) {
            work.finish();
            throw e;
        }
    }

    /**
     * A byte-order mark: at the start of the file it is only skipped; at the start of a later line
     * it is the sign of files joined together, perhaps from different tools, and is a warning.
     */
    private static Finding bom(String source, long line) {
        if (line == 1) {
            return new Finding(ReaderRule.NDJSON_BOM.id(), ReaderRule.NDJSON_BOM.severity(), new Location.Text(source, 1, 1),
                    JsonMessages.NDJSON_BOM_FILE_STARTS_UTF.text(),
                    JsonMessages.NDJSON_BOM_SAVE_NDJSON_WITHOUT.text());
        }
        return new Finding(ReaderRule.NDJSON_BOM_INSIDE.id(), ReaderRule.NDJSON_BOM_INSIDE.severity(), new Location.Text(source, line, 1),
                JsonMessages.NDJSON_BOM_INSIDE_LINE_STARTS_UTF.text(line),
                JsonMessages.REMOVE_BYTE_ORDER.text(line));
    }

    /**
     * Parses a line after the first and, when it holds a listing and {@code sink} is a
     * {@link ParallelSink}, does the sink's work on it on this thread.
     */
    private Item.Line parsed(String source, int index, long lineNumber, byte[] copy, boolean escapes, DatasetSink sink) {
        SourceRecord r = line(source, index, lineNumber, copy, escapes);
        return new Item.Line(r, lineNumber, DatasetFields.isMarked(r.listing()) ? null : ParallelSink.prepared(sink, r));
    }

    /** Parses one line, {@code copy} holding its bytes alone; safe to run on any thread. */
    private SourceRecord line(String source, int index, long lineNumber, byte[] copy, boolean escapes) {
        try {
            return line(factory, kept, source, index, lineNumber, copy, escapes);
        } catch (KeptDuplicates.Found e) {
            // A name given twice in a kept field: the whole read says what and where, as without keeping.
            return line(strict, null, source, index, lineNumber, copy, escapes);
        }
    }

    private SourceRecord line(JsonFactory f, TopFields keep, String source, int index, long lineNumber, byte[] copy, boolean escapes) {
        try (JsonParser p = f.createParser(ObjectReadContext.empty(), copy, 0, copy.length)) {
            try {
                return line(keep, source, index, lineNumber, p, copy, escapes);
            } catch (JacksonException e) {
                throw Parsers.error(source, e, lineNumber - 1, p);
            }
        } catch (JacksonException e) {
            throw Parsers.error(source, e, lineNumber - 1);
        }
    }

    private SourceRecord line(TopFields keep, String source, int index, long lineNumber, JsonParser p, byte[] copy, boolean escapes) {
        JsonToken t = p.nextToken();
        if (t != JsonToken.START_OBJECT) {
            throw new ReadException(ReaderRule.SYNTAX_JSON, new Location.Text(source, lineNumber, 1),
                    JsonMessages.SYNTAX_JSON_LINE_DOES_NOT.text(lineNumber),
                    JsonMessages.SYNTAX_JSON_WRITE_ONE_LISTING.text());
        }
        LocatedTree tree = new LocatedTree(lineNumber - 1, false);
        if (!escapes || !SurrogateEscapes.in(copy, 0, copy.length)) {
            tree.withoutEscapes();
        }
        long start = tree.here(p);
        JsonNode listing = keep == null ? tree.read(p) : keep.read(tree, p);
        if (p.nextToken() != null) {
            throw new ReadException(ReaderRule.SYNTAX_JSON,
                    new Location.Text(source, lineNumber, p.currentTokenLocation().getColumnNr()),
                    JsonMessages.SYNTAX_JSON_LINE_HOLDS_MORE.text(lineNumber),
                    JsonMessages.SYNTAX_JSON_PUT_EACH_LISTING.text());
        }
        return new SourceRecord(index, (ObjectNode) listing,
                new LineSourceMap(factory, source, index, lineNumber, copy, start), List.of());
    }

    private static boolean isBlank(byte[] b, int from, int len) {
        for (int i = from; i < len; i++) {
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
                return false;
            }
        }
        return true;
    }
}
