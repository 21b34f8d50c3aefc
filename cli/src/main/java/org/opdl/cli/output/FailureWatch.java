package org.opdl.cli.output;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A stream that keeps the first failure of the stream under it, so that its owner can tell the system's
 * reason even when a library above reports the failure in words of its own, or, as {@link java.io.PrintWriter}
 * does, only as a flag. Closing it leaves the stream under it open: its owner closes what it opened.
 */
public final class FailureWatch extends FilterOutputStream {

    private volatile IOException failure;

    /** A watch over {@code out}. */
    public FailureWatch(OutputStream out) {
        super(out);
    }

    /** The first failure of the stream watched, or null when none. */
    public IOException failure() {
        return failure;
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw seen(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw seen(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw seen(e);
        }
    }

    @Override
    public void close() throws IOException {
        flush();
    }

    private IOException seen(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }
}
