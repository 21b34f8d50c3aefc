package org.opdl.schema.json;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import org.opdl.model.field.JsonPointer;
import org.opdl.model.finding.Location;
import org.opdl.schema.format.LimitErrors;
import org.opdl.schema.format.ReaderRule;
import org.opdl.schema.format.SourceMap;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ContainerNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds a JSON tree from a streaming parser and remembers where each value started. Positions are
 * kept per container (objects and arrays are never shared), one packed line-and-column per child in
 * order, which is much cheaper than a map keyed by JSON pointer.
 */
final class LocatedTree {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int COLUMN_BITS = 24;
    private static final long COLUMN_MASK = (1L << COLUMN_BITS) - 1;

    private final Map<ContainerNode<?>, long[]> positions = new IdentityHashMap<>();
    private final long lineOffset;
    /** Columns added to positions on the first line read: the text read starts that far into its line. */
    private long firstLineColumns;
    /** False for a tree read only for its values: no positions are kept, which halves the cost of reading. */
    private final boolean tracked;
    /** False when the text read holds no backslash, so that no string can hold an escaped surrogate. */
    private boolean escapes = true;
    /** True when this builder refuses a name given twice itself, its parser not doing so (see {@link KeptDuplicates}). */
    private boolean names;
    private long end = Long.MAX_VALUE;
    private String source = "";
    private int maxBytes;

    /** A builder whose line numbers are shifted by {@code lineOffset} (for NDJSON lines). */
    LocatedTree(long lineOffset) {
        this(lineOffset, true);
    }

    /**
     * A builder that keeps positions only when {@code tracked}; an untracked one still enforces
     * {@link #within} and gives the whole value's start from {@link #map}, but nothing inside it.
     */
    LocatedTree(long lineOffset, boolean tracked) {
        this.lineOffset = lineOffset;
        this.tracked = tracked;
    }

    /**
     * Makes the next value read stop with {@code opdl.limit.json} once it runs {@code maxBytes} past
     * the parser's current token, so that one listing of a huge array (ten million zeros) cannot
     * fill the memory with nodes before the file-size limit is reached.
     */
    LocatedTree within(String source, JsonParser p, int maxBytes) {
        long start = p.currentTokenLocation().getByteOffset();
        this.source = source;
        this.maxBytes = maxBytes;
        this.end = start < 0 ? Long.MAX_VALUE : start + maxBytes;
        return this;
    }

    private long packChecked(TokenStreamLocation loc) {
        if (loc.getByteOffset() > end) {
            throw LimitErrors.limit(ReaderRule.LIMIT_JSON, new Location.Text(source, loc.getLineNr() + lineOffset, loc.getColumnNr()), JsonMessages.LIMIT_JSON_LISTING_DATASET_FIELD.text(maxBytes),
                    "--max-record-size");
        }
        return pack(loc);
    }

    /**
     * Skips the lone-surrogate check of {@link #checked}: the caller has seen that the text holds
     * no backslash, and Jackson refuses a surrogate written as raw UTF-8 bytes, so only an escape
     * could make one. The check was a fifth of the reading thread's time.
     */
    LocatedTree withoutEscapes() {
        this.escapes = false;
        return this;
    }

    private String text(JsonParser p, String s) {
        return escapes ? checked(p, s) : s;
    }

    /**
     * Gives positions on the first line of the text read as if it started at {@code column} of its
     * line, as a listing read again from the middle of a JSON array does.
     */
    LocatedTree startingAtColumn(long column) {
        this.firstLineColumns = Math.max(0, column - 1);
        return this;
    }

    /** Makes this builder refuse a name given twice in an object it reads, for a parser that does not. */
    LocatedTree checkingNames() {
        this.names = true;
        return this;
    }

    /** Reads the value at the parser's current token, which must be its first token. */
    JsonNode read(JsonParser p) {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                ObjectNode node = NODES.objectNode();
                if (!tracked) {
                    readFields(p, node);
                    return node;
                }
                long[] pos = new long[9];
                pos[0] = pack(p.currentTokenLocation());
                int n = 0;
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = checked(p, p.currentName());
                    p.nextToken();
                    long at = packChecked(p.currentTokenLocation());
                    node.set(name, read(p));
                    n++;
                    if (n >= pos.length) {
                        pos = Arrays.copyOf(pos, pos.length * 2);
                    }
                    pos[n] = at;
                }
                positions.put(node, pos);
                return node;
            }
            case START_ARRAY: {
                ArrayNode node = NODES.arrayNode();
                if (!tracked) {
                    readItems(p, node);
                    return node;
                }
                long[] pos = new long[5];
                pos[0] = pack(p.currentTokenLocation());
                int n = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    long at = packChecked(p.currentTokenLocation());
                    node.add(read(p));
                    n++;
                    if (n >= pos.length) {
                        pos = Arrays.copyOf(pos, pos.length * 2);
                    }
                    pos[n] = at;
                }
                positions.put(node, pos);
                return node;
            }
            case VALUE_STRING:
                return NODES.stringNode(text(p, p.getString()));
            case VALUE_NUMBER_INT:
                switch (p.getNumberType()) {
                    case INT:
                        return NODES.numberNode(p.getIntValue());
                    case LONG:
                        return NODES.numberNode(p.getLongValue());
                    default:
                        return NODES.numberNode(p.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                try {
                    return NODES.numberNode(p.getDecimalValue());
                } catch (NumberFormatException e) {
                    // An exponent beyond BigDecimal's range (66e6666666666): found by fuzzing.
                    throw new StreamReadException(p, "the number " + p.getString() + " is out of range");
                }
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new IllegalStateException("unexpected token " + t);
        }
    }

    private void readFields(JsonParser p, ObjectNode node) {
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            if (names) {
                KeptDuplicates.check(node, p.currentName());
            }
            String name = text(p, p.currentName());
            p.nextToken();
            checkEnd(p);
            node.set(name, read(p));
        }
    }

    private void readItems(JsonParser p, ArrayNode node) {
        while (p.nextToken() != JsonToken.END_ARRAY) {
            checkEnd(p);
            node.add(read(p));
        }
    }

    /** The size limit of {@link #within}, checked without building a location when there is none. */
    private void checkEnd(JsonParser p) {
        if (end != Long.MAX_VALUE) {
            packChecked(p.currentTokenLocation());
        }
    }

    /**
     * {@code s}, once it is known to hold no lone surrogate. Jackson decodes an escaped lone
     * surrogate (written {@code \\uD800}) without complaint, but I-JSON (RFC 7493) forbids it and no UTF-8
     * writer can write it back, so it is refused at its place rather than turned into {@code ?}.
     */
    static String checked(JsonParser p, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new StreamReadException(p, String.format("a lone surrogate \\u%04X is escaped in a string", (int) c));
            }
        }
        return s;
    }

    /** Records where the children of {@code node} (an object read field by field elsewhere) start. */
    void positions(ContainerNode<?> node, long[] starts) {
        positions.put(node, starts);
    }

    /** The packed position of the parser's current token. */
    long here(JsonParser p) {
        return pack(p.currentTokenLocation());
    }

    /** The source map of {@code root}, a tree this builder read. */
    SourceMap map(String source, int record, JsonNode root) {
        return pointer -> locate(source, record, root, pointer);
    }

    private Location locate(String source, int record, JsonNode root, String pointer) {
        JsonNode node = root;
        long best = positions.getOrDefault(root, new long[] {0})[0];
        int i = pointer.isEmpty() ? -1 : 1;
        while (i > 0 && i <= pointer.length() && node != null) {
            int next = pointer.indexOf('/', i);
            String token = JsonPointer.unescape(next < 0 ? pointer.substring(i) : pointer.substring(i, next));
            long[] pos = node instanceof ContainerNode<?> c ? positions.get(c) : null;
            int index = childIndex(node, token);
            if (pos == null || index < 0 || index + 1 >= pos.length) {
                break;
            }
            best = pos[index + 1];
            node = node.get(token) != null ? node.get(token) : node.get(index);
            i = next < 0 ? -1 : next + 1;
        }
        return location(source, record, pointer, best);
    }

    /** The location a packed position stands for. */
    static Location.Json location(String source, int record, String pointer, long packed) {
        return new Location.Json(source, record, pointer, packed >>> COLUMN_BITS, packed & COLUMN_MASK);
    }

    private static int childIndex(JsonNode node, String token) {
        if (node instanceof ObjectNode o) {
            int k = 0;
            for (String name : o.propertyNames()) {
                if (name.equals(token)) {
                    return k;
                }
                k++;
            }
            return -1;
        }
        if (node instanceof ArrayNode a) {
            try {
                int index = Integer.parseInt(token);
                return index < a.size() ? index : -1;
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return -1;
    }

    private long pack(TokenStreamLocation loc) {
        long line = Math.max(0, loc.getLineNr()) + lineOffset;
        long column = Math.max(0, loc.getColumnNr()) + (loc.getLineNr() == 1 ? firstLineColumns : 0);
        column = Math.min(COLUMN_MASK, column);
        return (line << COLUMN_BITS) | column;
    }
}
