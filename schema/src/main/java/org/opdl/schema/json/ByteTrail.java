package org.opdl.schema.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * An input stream that keeps the bytes read through it since a point the reader moves forward,
 * so that the bytes of one listing can be copied once the parser has read past them. The JSON
 * reader moves the point to each listing's start, so the trail holds one listing and the parser's
 * read-ahead, however long the file.
 */
final class ByteTrail extends InputStream {

    private final InputStream in;
    private byte[] kept = new byte[1 << 16];
    /** The file offset of {@code kept[0]}. */
    private long base;
    private int length;

    ByteTrail(InputStream in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            keep(new byte[] {(byte) b}, 0, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n > 0) {
            keep(b, off, n);
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void keep(byte[] b, int off, int n) {
        if (length + n > kept.length) {
            kept = Arrays.copyOf(kept, Math.max(length + n, kept.length * 2));
        }
        System.arraycopy(b, off, kept, length, n);
        length += n;
    }

    /** The stream read through this trail, for a reader that reads on without keeping bytes. */
    InputStream source() {
        return in;
    }

    /** Forgets the bytes before file offset {@code offset}. */
    void forgetBefore(long offset) {
        int drop = (int) Math.min(length, Math.max(0, offset - base));
        System.arraycopy(kept, drop, kept, 0, length - drop);
        length -= drop;
        base += drop;
    }

    /** A copy of the bytes from file offset {@code from} to {@code to}, or null if they are not all kept. */
    byte[] copy(long from, long to) {
        if (from < base || to > base + length || from > to) {
            return null;
        }
        return Arrays.copyOfRange(kept, (int) (from - base), (int) (to - base));
    }
}
