package org.opdl.schema.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Cuts the listings of a JSON array into slices of bytes, one object each, without parsing them,
 * so that other threads can parse them. It looks only at braces, brackets, quotes and backslashes,
 * and stops at the first thing that is not the plain case: the array's end, a missing or doubled
 * comma, an element that is not an object, a listing too long or too deep, the end of the file.
 * There it hands over: {@link #rest()} gives the bytes from the end of the last whole listing on,
 * for the ordinary parser to read and, when something is wrong, report exactly as it always does.
 * Lines and columns count bytes, as the parser's do.
 */
final class ArraySlicer {

    /** Whitespace allowed between two listings before the slicer hands over to the parser. */
    private static final int MAX_GAP = 1 << 16;

    /**
     * One listing's bytes and the gap before it (whitespace and the comma).
     *
     * @param from where the gap starts: just after the previous listing, or the bracket
     * @param gap the bytes between the previous listing (or the opening bracket) and this one
     * @param object the listing's bytes, from its opening to its closing brace
     * @param line the line of the opening brace
     * @param column the column of the opening brace
     * @param escapes whether the listing holds a backslash
     */
    record Slice(Place from, byte[] gap, byte[] object, long line, long column, boolean escapes) {
    }

    /** A place in the file: the line and column of a byte. */
    record Place(long line, long column) {
    }

    private final InputStream in;
    private final int maxObjectBytes;
    private final int maxDepth;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int end;
    /** The bytes of the slice being cut, from the end of the last whole listing. */
    private byte[] cut = new byte[1 << 12];
    private int cutLength;
    private long offset;
    private long line;
    private long rowStart;
    private boolean afterCr;
    private int count;
    private Place sliceStart;

    /**
     * A slicer of the bytes that follow an array's opening bracket.
     *
     * @param in the bytes after the bracket
     * @param start the place of the first of those bytes
     * @param maxObjectBytes the longest listing cut; a longer one is handed over
     * @param maxDepth the deepest nesting a listing may hold, counted from the listing itself
     */
    ArraySlicer(InputStream in, Place start, int maxObjectBytes, int maxDepth) {
        this.in = in;
        this.maxObjectBytes = maxObjectBytes;
        this.maxDepth = maxDepth;
        this.line = start.line();
        this.rowStart = 1 - start.column();
    }

    /** The next listing, or null when the parser must take over from {@link #handover()}. */
    Slice next() throws IOException {
        sliceStart = new Place(line, offset - rowStart + 1);
        cutLength = 0;
        int b = skipGap(count == 0 ? -1 : ',');
        if (b != '{') {
            return null;
        }
        Place at = new Place(line, offset - rowStart + 1);
        int gapLength = cutLength;
        int found = object();
        if (found < 0) {
            return null;
        }
        count++;
        byte[] gap = Arrays.copyOf(cut, gapLength);
        byte[] object = Arrays.copyOfRange(cut, gapLength, cutLength);
        cutLength = 0;
        return new Slice(sliceStart, gap, object, at.line(), at.column(), found == 1);
    }

    /** Where the parser takes over: just after the last whole listing, or the bracket. */
    Place handover() {
        return sliceStart;
    }

    /** How many listings were cut. */
    int count() {
        return count;
    }

    /** The bytes from {@link #handover()} on: those cut since, those read ahead, then the rest. */
    InputStream rest() {
        return new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream(cut, 0, cutLength), new ByteArrayInputStream(buf, pos, end - pos), in)));
    }

    /**
     * Skips whitespace and, after a listing, one comma; returns the first other byte, not taken,
     * or -1 when the gap is not the plain one.
     */
    private int skipGap(int comma) throws IOException {
        boolean needComma = comma == ',';
        while (true) {
            int b = peek();
            if (b == ' ' || b == '\t' || b == '\n' || b == '\r') {
                take();
            } else if (b == ',' && needComma) {
                needComma = false;
                take();
            } else if (b == '{' && !needComma) {
                return b;
            } else {
                return -1;
            }
            if (cutLength > MAX_GAP) {
                return -1;
            }
        }
    }

    /**
     * Cuts an object whose opening brace is next; returns 1 when it holds a backslash, 0 when it
     * does not, and -1 when it must be handed over (too long, too deep, or the file ends). It runs
     * through the buffer and copies what it passed in one piece; line breaks count only between
     * tokens, since a raw one inside a string is an error that the parser will report.
     */
    private int object() throws IOException {
        int start = cutLength;
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        boolean backslash = false;
        while (peek() >= 0) {
            int stop = (int) Math.min(end, pos + (long) maxObjectBytes - (cutLength - start));
            int i = pos;
            boolean closed = false;
            for (; i < stop; i++) {
                byte b = buf[i];
                if (inString) {
                    if (escaped) {
                        escaped = false;
                    } else if (b == '\\') {
                        escaped = true;
                        backslash = true;
                    } else if (b == '"') {
                        inString = false;
                    }
                } else if (b == '"') {
                    inString = true;
                } else if (b == '{' || b == '[') {
                    if (++depth > maxDepth) {
                        break;
                    }
                } else if (b == '}' || b == ']') {
                    if (--depth == 0) {
                        closed = true;
                        i++;
                        break;
                    }
                } else if (b == '\n' || b == '\r') {
                    lineBreak(b, offset + (i - pos) + 1);
                }
                afterCr = b == '\r';
            }
            append(i);
            if (closed) {
                return backslash ? 1 : 0;
            }
            if (depth > maxDepth || cutLength - start >= maxObjectBytes) {
                return -1;
            }
        }
        return -1;
    }

    /** Counts a line break whose next byte is at file offset {@code next}, as the parser does. */
    private void lineBreak(byte b, long next) {
        if (b == '\r' || !afterCr) {
            line++;
        }
        rowStart = next;
    }

    /** Takes the bytes of the buffer up to {@code to} into the slice. */
    private void append(int to) {
        int n = to - pos;
        if (cutLength + n > cut.length) {
            cut = Arrays.copyOf(cut, Math.max(cut.length * 2, cutLength + n));
        }
        System.arraycopy(buf, pos, cut, cutLength, n);
        cutLength += n;
        offset += n;
        pos = to;
    }

    /** The next byte, not taken, or -1 at the end of the file. */
    private int peek() throws IOException {
        if (pos == end) {
            pos = 0;
            end = 0;
            int n;
            do {
                n = in.read(buf, 0, buf.length);
            } while (n == 0);
            if (n < 0) {
                return -1;
            }
            end = n;
        }
        return buf[pos] & 0xFF;
    }

    /** Takes the byte {@link #peek()} gave into the slice, counting lines as the parser does. */
    private void take() {
        byte b = buf[pos];
        append(pos + 1);
        if (b == '\n' || b == '\r') {
            lineBreak(b, offset);
        }
        afterCr = b == '\r';
    }
}
