package org.opdl.schema.hostile;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.LongFunction;

/**
 * A file made on the fly: a head, {@code count} items and a tail, produced as they are read, so a
 * test can feed a reader hundreds of megabytes without holding them. It counts the bytes served,
 * which shows how far a reader read before it stopped.
 */
final class GeneratedInput extends InputStream {

    private final LongFunction<String> item;
    private final long count;
    private final String tail;
    private byte[] chunk;
    private int at;
    private long next;
    private boolean ended;
    private long served;

    GeneratedInput(String head, long count, LongFunction<String> item, String tail) {
        this.item = item;
        this.count = count;
        this.tail = tail;
        this.chunk = head.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code count} copies of {@code unit} between {@code head} and {@code tail}. */
    static GeneratedInput repeat(String head, String unit, long count, String tail) {
        return new GeneratedInput(head, count, i -> unit, tail);
    }

    /** The number of bytes read so far. */
    long served() {
        return served;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        while (at >= chunk.length) {
            if (next < count) {
                chunk = item.apply(next++).getBytes(StandardCharsets.UTF_8);
            } else if (!ended) {
                ended = true;
                chunk = tail.getBytes(StandardCharsets.UTF_8);
            } else {
                return -1;
            }
            at = 0;
        }
        int n = Math.min(len, chunk.length - at);
        System.arraycopy(chunk, at, b, off, n);
        at += n;
        served += n;
        return n;
    }
}
