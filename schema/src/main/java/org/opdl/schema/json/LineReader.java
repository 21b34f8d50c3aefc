package org.opdl.schema.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without decoding it, refusing any line longer than a limit, so
 * that a file with no line breaks cannot exhaust memory. A line's bytes stay valid until the next
 * call to {@link #next()}.
 */
final class LineReader {

    private final InputStream in;
    private final int maxLine;
    private final byte[] buffer = new byte[1 << 16];
    private int start;
    private int end;
    private boolean eof;
    private byte[] line = new byte[1024];
    private int length;
    private long number;
    private boolean backslash;

    /** A reader of {@code in} that refuses lines over {@code maxLine} bytes. */
    LineReader(InputStream in, int maxLine) {
        this.in = in;
        this.maxLine = maxLine;
    }

    /**
     * Reads the next line, without its line break (LF or CRLF).
     *
     * @return false at the end of the stream
     * @throws LineTooLongException when the line is over the limit
     */
    boolean next() throws IOException {
        length = 0;
        backslash = false;
        boolean any = false;
        while (true) {
            if (start == end) {
                if (eof) {
                    break;
                }
                int n = in.read(buffer, 0, buffer.length);
                if (n < 0) {
                    eof = true;
                    break;
                }
                start = 0;
                end = n;
            }
            any = true;
            // The scan for the line break notes any backslash on the way, which saves the reader a
            // second pass over the line (see NdjsonListingReader).
            int i = start;
            boolean seen = false;
            while (i < end) {
                byte c = buffer[i];
                if (c == '\n') {
                    break;
                }
                seen |= c == '\\';
                i++;
            }
            backslash |= seen;
            append(start, i - start);
            if (i < end) {
                start = i + 1;
                number++;
                trimCr();
                return true;
            }
            start = end;
        }
        if (!any) {
            return false;
        }
        number++;
        trimCr();
        return true;
    }

    private void append(int from, int count) {
        if (length + count > maxLine) {
            throw new LineTooLongException(number + 1);
        }
        if (length + count > line.length) {
            line = Arrays.copyOf(line, Math.max(length + count, line.length * 2));
        }
        System.arraycopy(buffer, from, line, length, count);
        length += count;
    }

    private void trimCr() {
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
    }

    /** The bytes of the current line; only the first {@link #length()} count. */
    byte[] bytes() {
        return line;
    }

    /** The length of the current line in bytes. */
    int length() {
        return length;
    }

    /** True when the current line holds a backslash, the start of every JSON escape. */
    boolean hasBackslash() {
        return backslash;
    }

    /** The one-based number of the current line. */
    long number() {
        return number;
    }

    /** Thrown when a line is longer than the limit. */
    static final class LineTooLongException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final long line;

        LineTooLongException(long line) {
            super("line " + line + " is too long");
            this.line = line;
        }

        long line() {
            return line;
        }
    }
}
