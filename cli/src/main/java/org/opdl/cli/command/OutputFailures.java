package org.opdl.cli.command;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.opdl.cli.exit.InputException;
import org.opdl.cli.output.AtomicOutput;
import org.opdl.cli.output.FailureWatch;
import org.opdl.cli.output.SystemReason;

/**
 * Tells a failure to write an output file (a disk that fills, a file larger than the system allows) as
 * the output's, in plain words with exit 3, rather than as a bug of opdl: the output is written beside its
 * name and moved there only once whole, so nothing was written and an earlier file of that name is as it
 * was (K27).
 */
final class OutputFailures {

    /** An output written to {@code target}, through the streams {@code watch} is given. */
    interface Write {
        void run(Watch watch) throws IOException;
    }

    /**
     * Remembers the first failure of the streams it watches: a workbook library that meets a full disk
     * may report only that a part "failed to be saved", without the I/O failure beneath.
     */
    static final class Watch {
        private FailureWatch watched;

        /** {@code out}, whose failures this watch remembers. */
        OutputStream of(OutputStream out) {
            watched = new FailureWatch(out);
            return watched;
        }

        private IOException failure() {
            return watched == null ? null : watched.failure();
        }
    }

    private OutputFailures() {
    }

    /** Runs {@code write}; a failure to write a file at {@code target} becomes an input error naming it. */
    static void told(Path target, Write write) throws IOException {
        boolean file = target != null && !target.toString().equals(AtomicOutput.STDOUT);
        Watch watch = new Watch();
        try {
            write.run(watch);
        } catch (IOException e) {
            if (!file) {
                throw e;
            }
            throw failed(target, e);
        } catch (RuntimeException e) {
            // Jackson, POI and Jena wrap a full disk under the writer in exceptions of their own.
            IOException io = ioCause(e);
            if (io == null) {
                io = watch.failure();
            }
            if (!file || io == null || e instanceof InputException) {
                throw e;
            }
            throw failed(target, io);
        }
    }

    /** The first I/O failure among the causes of {@code e}, or null. */
    private static IOException ioCause(Throwable e) {
        for (Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    private static InputException failed(Path target, IOException e) {
        return new InputException(CommandMessages.OUTPUT_CANNOT_WRITE.text(target, SystemReason.of(e)));
    }
}
