package org.opdl.cli.output;

import java.io.PrintWriter;
import org.opdl.cli.exit.InputException;

/**
 * Checks that what a command printed reached standard output. {@link PrintWriter} never throws:
 * a full disk ({@code > /dev/full}) or a reader that went away ({@code | head -c 100}) only sets
 * its error flag, which is read here so that lost output is never reported as success.
 */
public final class StandardOutput {

    private StandardOutput() {
    }

    /**
     * Flushes {@code out} and fails with exit 3 when any write to it failed.
     *
     * @throws InputException when the output is incomplete
     */
    public static void check(PrintWriter out) {
        if (out.checkError()) {
            throw failed();
        }
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

    /** The error for output that did not reach standard output whole. */
    public static InputException failed() {
        return new InputException(OutputMessages.STANDARD_OUTPUT_CANNOT_WRITE_STANDARD.text());
    }
}
