package org.opdl.schema.json;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.opdl.schema.format.DatasetSink;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.SourceRecord;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.JsonStringEncoder;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the listings of a JSON array on worker threads: {@link ArraySlicer} cuts them on the
 * caller's thread and workers parse the slices, whose records reach the sink in the file's order.
 * At the array's end, or at the first thing out of the plain case (a slice that does not parse, a
 * gap that is not a comma), a fresh parser takes over from the end of the last listing handed on,
 * placed at the same line and column and in the same nesting, so that the rest is read, and any
 * error reported, exactly as by the reading on one thread.
 */
final class ArrayWorkers {

    /** A slice that the worker could not read as a plain listing. */
    private static final class Unplain extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int index;

        Unplain(int index) {
            super(null, null, false, false);
            this.index = index;
        }

        int index() {
            return index;
        }
    }

    /** The ordinary reading of an array's listings, from listing number {@code from} on. */
    interface PlainRead {
        /** Reads listings with {@code p} up to the array's end. */
        void read(JsonParser p, ByteTrail trail, int from);
    }

    private final JsonFactory fileFactory;
    private final JsonFactory recordFactory;
    private final Limits limits;
    private final int threads;

    ArrayWorkers(JsonFactory fileFactory, Limits limits, int threads) {
        this.fileFactory = fileFactory;
        this.recordFactory = Parsers.factory(limits, limits.maxRecordBytes());
        this.limits = limits;
        this.threads = threads;
    }

    /**
     * Reads the listings of the array whose opening bracket {@code p} has just read, and returns the
     * parser that reads on after it.
     *
     * @param before the dataset's fields before its listings, or null for a bare array
     */
    JsonParser read(String source, JsonParser p, ByteTrail trail, DatasetSink sink, ObjectNode before,
            PlainRead plain) throws IOException {
        TokenStreamLocation here = p.currentLocation();
        ByteArrayOutputStream ahead = new ByteArrayOutputStream();
        p.releaseBuffered(ahead);
        InputStream bytes = new SequenceInputStream(new ByteArrayInputStream(ahead.toByteArray()), trail.source());
        int depth = limits.maxDepth() - (before == null ? 1 : 2) - 1;
        ArraySlicer slicer = new ArraySlicer(bytes, new ArraySlicer.Place(here.getLineNr(), here.getColumnNr()),
                limits.maxRecordBytes(), depth);
        ArrayDeque<ArraySlicer.Slice> waiting = new ArrayDeque<>();
        int stop = -1;
        try (OrderedWork<SourceRecord> work = new OrderedWork<>(r -> {
            waiting.poll();
            sink.record(r);
        }, threads)) {
            ArraySlicer.Slice s;
            while ((s = slicer.next()) != null) {
                int index = slicer.count() - 1;
                waiting.add(s);
                if (index + 1L > limits.maxRecords()) {
                    work.finish();
                    stop = index;
                    break;
                }
                ArraySlicer.Slice slice = s;
                work.add(() -> parse(source, slice, index));
            }
            work.finish();
        } catch (Unplain u) {
            stop = u.index();
        }
        ArraySlicer.Place from = stop < 0 ? slicer.handover() : waiting.peek().from();
        int index = stop < 0 ? slicer.count() : stop;
        List<InputStream> rest = new ArrayList<>();
        rest.add(positioned(before, index > 0, from));
        for (ArraySlicer.Slice w : waiting) {
            rest.add(new ByteArrayInputStream(w.gap()));
            rest.add(new ByteArrayInputStream(w.object()));
        }
        rest.add(slicer.rest());
        ByteTrail restTrail = new ByteTrail(new SequenceInputStream(Collections.enumeration(rest)));
        JsonParser q = fileFactory.createParser(ObjectReadContext.empty(), restTrail);
        int tokens = (before == null ? 1 : 3 + 2 * before.size()) + (index > 0 ? 1 : 0);
        for (int i = 0; i < tokens; i++) {
            q.nextToken();
        }
        plain.read(q, restTrail, index);
        return q;
    }

    /** Parses one slice on any thread; anything out of the plain case is left to the parser. */
    private SourceRecord parse(String source, ArraySlicer.Slice s, int index) {
        byte[] object = s.object();
        try (JsonParser p = recordFactory.createParser(ObjectReadContext.empty(), object)) {
            p.nextToken();
            LocatedTree tree = new LocatedTree(s.line() - 1, false).startingAtColumn(s.column())
                    .within(source, p, limits.maxRecordBytes());
            if (!s.escapes()) {
                tree.withoutEscapes();
            }
            long start = tree.here(p);
            JsonNode listing = tree.read(p);
            if (p.nextToken() != null) {
                throw new Unplain(index);
            }
            return new SourceRecord(index, (ObjectNode) listing,
                    new LineSourceMap(recordFactory, source, index, s.line(), s.column(), object, start), List.of());
        } catch (RuntimeException e) {
            throw new Unplain(index);
        }
    }

    /**
     * The text that puts a fresh parser where the reading on one thread would be at {@code from}: in
     * the same objects and array, after a listing when {@code afterListing}, at the same line and
     * column. The dataset's names come back so that a name given twice is still refused.
     */
    private static InputStream positioned(ObjectNode before, boolean afterListing, ArraySlicer.Place from) {
        ByteArrayOutputStream context = new ByteArrayOutputStream();
        if (before != null) {
            context.write('{');
            for (String name : before.propertyNames()) {
                context.write('"');
                context.writeBytes(JsonStringEncoder.getInstance().quoteAsUTF8(name));
                context.writeBytes("\":0,".getBytes(StandardCharsets.US_ASCII));
            }
            context.writeBytes("\"listings\":".getBytes(StandardCharsets.US_ASCII));
        }
        context.write('[');
        if (afterListing) {
            context.write('0');
        }
        long newlines = from.line() - 1;
        long spaces = newlines > 0 ? from.column() - 1 : from.column() - 1 - context.size();
        return new SequenceInputStream(new ByteArrayInputStream(context.toByteArray()),
                new Padding(newlines, Math.max(0, spaces)));
    }

    /** Newlines then spaces, as many as asked, without holding them. */
    private static final class Padding extends InputStream {
        private long newlines;
        private long spaces;

        Padding(long newlines, long spaces) {
            this.newlines = newlines;
            this.spaces = spaces;
        }

        @Override
        public int read() {
            if (newlines > 0) {
                newlines--;
                return '\n';
            }
            if (spaces > 0) {
                spaces--;
                return ' ';
            }
            return -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (newlines == 0 && spaces == 0) {
                return len == 0 ? 0 : -1;
            }
            int n = 0;
            while (n < len && (newlines > 0 || spaces > 0)) {
                b[off + n++] = (byte) read();
            }
            return n;
        }
    }
}
