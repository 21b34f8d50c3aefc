package org.opdl.cli.output;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import org.opdl.cli.exit.InputException;
import org.opdl.cli.exit.ReaderGone;

/**
 * Checks that what a command printed reached standard output. {@link PrintWriter} never throws:
 * a full disk ({@code > /dev/full}) or a reader that went away ({@code | head -c 100}) only sets
 * its error flag, which is read here so that lost output is never reported as success. The stream
 * of {@link #system()} remembers the system's reason, so that a reader gone ends the run quietly and
 * any other failure is said in plain words.
 */
public final class StandardOutput {

    /** The watch over the process's standard output, once {@link #system()} made it; there is one a process. */
    private static volatile FailureWatch system;

    private StandardOutput() {
    }

    /** The process's standard output, unbuffered: buffer it once, in the writer over it. */
    public static OutputStream system() {
        FailureWatch watch = new FailureWatch(new FileOutputStream(FileDescriptor.out));
        system = watch;
        return watch;
    }

    /**
     * Flushes {@code out} and fails when any write to it failed: quietly when the reader went away,
     * else with exit 3.
     *
     * @throws ReaderGone when the program reading standard output stopped
     * @throws InputException when the output is incomplete for another reason
     */
    public static void check(PrintWriter out) {
        if (out.checkError()) {
            if (readerGone()) {
                throw new ReaderGone();
            }
            throw failed();
        }
    }

    /** True when a write to the process's standard output failed because its reader went away. */
    public static boolean readerGone() {
        IOException e = failure();
        return e != null && SystemReason.readerGone(e);
    }

    /**
     * A writer onto {@code out} that {@code close()} only flushes. JSON libraries close the writer
     * they are given; closing standard output would make every later write fail silently, and a
     * closed {@link PrintWriter} flags an error that is not one.
     */
    public static PrintWriter keptOpen(PrintWriter out) {
        return new PrintWriter(out) {
            @Override
            public void close() {
                flush();
            }
        };
    }

    /** The error for output that did not reach standard output whole, with the system's reason when known. */
    public static InputException failed() {
        IOException e = failure();
        return new InputException(e == null ? OutputMessages.STANDARD_OUTPUT_CANNOT_WRITE_STANDARD.text()
                : OutputMessages.STANDARD_OUTPUT_CANNOT_WRITE_REASON.text(SystemReason.of(e)));
    }

    private static IOException failure() {
        FailureWatch watch = system;
        return watch == null ? null : watch.failure();
    }
}
