package org.opdl.schema.json;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.opdl.model.finding.Location;
import org.opdl.schema.format.DatasetSink;
import org.opdl.schema.format.LimitErrors;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ListingReader;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.ReaderRule;
import org.opdl.schema.format.SourceMap;
import org.opdl.schema.format.SourceRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a JSON file that holds a dataset object (with a {@code listings} array), a bare array of
 * listings, or a single listing object. It streams: one listing is in memory at a time, however
 * long the array, and no listing (nor any other field of a dataset) may be longer than
 * {@link Limits#maxRecordBytes()}.
 */
public final class JsonListingReader implements ListingReader {

    private static final String LISTINGS = "listings";
    /** JSON-LD's array of nodes: a file holding one is JSON-LD named {@code .json}, not a listing. */
    private static final String GRAPH = "@graph";

    private final Limits limits;
    private final JsonFactory factory;
    private final int threads;

    /** A reader under the given limits. */
    public JsonListingReader(Limits limits) {
        this(limits, OrderedWork.WORKERS);
    }

    /** A reader that parses the listings of an array on {@code threads} workers (1: on the caller's thread only). */
    JsonListingReader(Limits limits, int threads) {
        this.limits = limits;
        this.factory = Parsers.factory(limits, limits.maxFileBytes());
        this.threads = threads;
    }

    @Override
    public JsonListingReader onOneThread() {
        return new JsonListingReader(limits, 1);
    }

    @Override
    public void read(String source, InputStream raw, DatasetSink sink) throws IOException {
        BufferedInputStream in = new BufferedInputStream(LimitErrors.bounded(source, raw, limits), 1 << 16);
        in.mark(4);
        byte[] head = in.readNBytes(4);
        in.reset();
        if (head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            // Jackson looks for a byte-order mark only in four bytes or more, and would call a lone one a stray character.
            throw empty(source);
        }
        Parsers.refuseWideEncodings(source, head, head.length);
        ByteTrail trail = new ByteTrail(in);
        JsonParser[] reading = new JsonParser[1];
        try (JsonParser p = factory.createParser(ObjectReadContext.empty(), trail)) {
            reading[0] = p;
            try {
                readAll(source, reading, sink, trail);
            } catch (JacksonIOException e) {
                throw ioFailure(e);
            } catch (JacksonException e) {
                throw Parsers.error(source, e, 0, reading[0]);
            } finally {
                if (reading[0] != p) {
                    reading[0].close();
                }
            }
        } catch (JacksonIOException e) {
            throw ioFailure(e);
        } catch (JacksonException e) {
            throw Parsers.error(source, e, 0);
        }
    }

    /**
     * An input or output failure that Jackson wrapped, such as a full disk under the writer the
     * listings stream into: it is told as what it is, never as a syntax error of the file being read.
     */
    private static IOException ioFailure(JacksonIOException e) {
        return e.getCause() != null ? e.getCause() : new IOException(e.getOriginalMessage(), e);
    }

    /** Reads the file; {@code reading[0]} is the parser at work, another after the listings were read on workers. */
    private void readAll(String source, JsonParser[] reading, DatasetSink sink, ByteTrail trail) throws IOException {
        JsonParser p = reading[0];
        JsonToken first = p.nextToken();
        if (first == null) {
            throw empty(source);
        }
        if (first == JsonToken.START_ARRAY) {
            p = listings(source, reading, sink, trail, null);
        } else if (first == JsonToken.START_OBJECT) {
            p = readDataset(source, reading, sink, trail);
        } else {
            throw notListings(source, p);
        }
        if (p.nextToken() != null) {
            throw new ReadException(ReaderRule.SYNTAX_JSON, here(source, p),
                    JsonMessages.SYNTAX_JSON_THERE_MORE_CONTENT.text(),
                    JsonMessages.SYNTAX_JSON_PUT_EVERY_LISTING.text());
        }
    }

    /**
     * Reads an object: a dataset when it has a {@code listings} array, else a single listing, as the
     * examples of the standard are written; an {@code @graph} is refused as JSON-LD read as JSON.
     */
    private JsonParser readDataset(String source, JsonParser[] reading, DatasetSink sink, ByteTrail trail)
            throws IOException {
        JsonParser p = reading[0];
        ObjectNode before = JsonNodeFactory.instance.objectNode();
        ObjectNode after = JsonNodeFactory.instance.objectNode();
        boolean seen = false;
        LocatedTree tree = new LocatedTree(0);
        long[] starts = new long[64];
        starts[0] = tree.here(p);
        int n = 0;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = LocatedTree.checked(p, p.currentName());
            JsonToken t = p.nextToken();
            if (GRAPH.equals(name)) {
                throw new ReadException(ReaderRule.SYNTAX_JSON, here(source, p),
                        JsonMessages.SYNTAX_JSON_JSON_LD_GRAPH.text(),
                        JsonMessages.SYNTAX_JSON_READ_JSON_LD.text());
            }
            if (LISTINGS.equals(name) && !seen) {
                if (t != JsonToken.START_ARRAY) {
                    throw new ReadException(ReaderRule.SYNTAX_JSON, here(source, p),
                            JsonMessages.SYNTAX_JSON_LISTINGS_MUST_ARRAY.text(),
                            JsonMessages.SYNTAX_JSON_WRITE_LISTINGS_ONE.text());
                }
                tree.positions(before, starts);
                sink.dataset(before, tree.map(source, -1, before));
                seen = true;
                p = listings(source, reading, sink, trail, before);
            } else {
                long at = tree.here(p);
                (seen ? after : before).set(name, tree.within(source, p, limits.maxRecordBytes()).read(p));
                if (!seen && ++n < starts.length) {
                    starts[n] = at;
                }
            }
        }
        if (!seen) {
            tree.positions(before, starts);
            sink.record(new SourceRecord(0, before, tree.map(source, 0, before), List.of()));
            return p;
        }
        if (!after.isEmpty()) {
            sink.datasetEnd(after);
        }
        return p;
    }

    /**
     * Reads the listings of the array whose bracket {@code reading[0]} has just read, on workers when
     * there are several, and returns the parser that reads on after the array.
     */
    private JsonParser listings(String source, JsonParser[] reading, DatasetSink sink, ByteTrail trail,
            ObjectNode before) throws IOException {
        if (threads <= 1) {
            readListings(source, reading[0], sink, trail, 0);
            return reading[0];
        }
        return new ArrayWorkers(factory, limits, threads).read(source, reading[0], trail, sink, before,
                (q, restTrail, from) -> {
                    reading[0] = q;
                    readListings(source, q, sink, restTrail, from);
                });
    }

    /**
     * Reads the listings of an array. Each is read without positions, as an NDJSON line is, and its
     * bytes are kept: the first finding that needs a line and column inside it reads them again
     * with positions (see {@link LineSourceMap}). Keeping every value's position cost as much as
     * the rest of the reading.
     */
    private void readListings(String source, JsonParser p, DatasetSink sink, ByteTrail trail, int from) {
        int index = from;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == JsonToken.START_ARRAY) {
                throw new ReadException(ReaderRule.SYNTAX_JSON, here(source, p),
                        JsonMessages.SYNTAX_JSON_LISTING_ARRAY.text(index + 1),
                        JsonMessages.SYNTAX_JSON_LISTING_ARRAY_FIX.text());
            }
            if (t != JsonToken.START_OBJECT) {
                throw new ReadException(ReaderRule.SYNTAX_JSON, here(source, p),
                        JsonMessages.SYNTAX_JSON_LISTING_NOT_JSON.text((index + 1)),
                        JsonMessages.SYNTAX_JSON_WRITE_EACH_LISTING.text());
            }
            LimitErrors.checkRecords(index + 1L, here(source, p), limits);
            TokenStreamLocation start = p.currentTokenLocation();
            trail.forgetBefore(start.getByteOffset());
            LocatedTree tree = new LocatedTree(0, false).within(source, p, limits.maxRecordBytes());
            long packed = tree.here(p);
            JsonNode listing = tree.read(p);
            sink.record(new SourceRecord(index, (ObjectNode) listing, sourceMap(source, index, start, packed,
                    trail.copy(start.getByteOffset(), p.currentLocation().getByteOffset())), List.of()));
            index++;
        }
    }

    /**
     * The source map of a listing whose bytes are {@code bytes}, starting at {@code start}: read again
     * from its line and column, so that lines and columns come out as in the file.
     */
    private SourceMap sourceMap(String source, int index, TokenStreamLocation start, long packed, byte[] bytes) {
        if (bytes == null || start.getColumnNr() < 1 || start.getLineNr() < 1) {
            return pointer -> LocatedTree.location(source, index, pointer, packed);
        }
        return new LineSourceMap(factory, source, index, start.getLineNr(), start.getColumnNr(), bytes, packed);
    }

    private static ReadException empty(String source) {
        return ReadException.empty(source,
                JsonMessages.GIVE_DATASET_OBJECT.text());
    }

    private static ReadException notListings(String source, JsonParser p) {
        return new ReadException(ReaderRule.SYNTAX_JSON, here(source, p),
                JsonMessages.SYNTAX_JSON_JSON_NEITHER_DATASET.text(),
                JsonMessages.SYNTAX_JSON_GIVE_LISTINGS.text());
    }

    private static Location here(String source, JsonParser p) {
        return new Location.Text(source, p.currentTokenLocation().getLineNr(), p.currentTokenLocation().getColumnNr());
    }
}
