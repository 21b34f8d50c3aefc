package org.opdl.cli.command;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.opdl.cli.input.Input;
import org.opdl.model.finding.Finding;
import org.opdl.schema.format.DatasetSink;
import org.opdl.schema.format.Format;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.SourceRecord;
import tools.jackson.databind.node.ObjectNode;

/**
 * A file of a merge read up to its head on a thread of its own, then held there until the merge comes to it
 * and takes the rest of the read. A workbook is costly to open (a copy, its shared strings, a thread per
 * group sheet), so when its head must be read ahead, while the first file is merged, it is read once this
 * way rather than once for its head and again for its listings (K34). What the reader notes before its head
 * is kept and handed on first, so the merge tells it in the same order as from a file it opens itself.
 */
final class ParkedRead implements AutoCloseable {

    /** Thrown by the sink of a read the merge never took, to stop the reader there. */
    private static final class Dropped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Dropped() {
            super(null, null, false, false);
        }
    }

    /** The head as the reader reached it: its dataset fields (null when none), or the end of a file without listing. */
    record Head(ObjectNode fields, boolean reached) {
    }

    private final CompletableFuture<Head> head = new CompletableFuture<>();
    private final CompletableFuture<DatasetSink> taker = new CompletableFuture<>();
    private final List<Finding> notesBefore = Collections.synchronizedList(new ArrayList<>());
    private final Thread thread;
    private volatile Throwable failure;
    private volatile DatasetSink delegate;

    private ParkedRead(Input input, Format format, InputStream in, Limits limits) {
        thread = new Thread(() -> run(input, format, in, limits), "opdl-head");
        thread.setDaemon(true);
    }

    /** Starts reading {@code input} in {@code format} from {@code in}, which the read closes; {@link #head} waits for its head. */
    static ParkedRead start(Input input, Format format, InputStream in, Limits limits) {
        ParkedRead read = new ParkedRead(input, format, in, limits);
        read.thread.start();
        return read;
    }

    /** The head, once the reader has reached it, ended or failed; a failure is not reached and waits for {@link #finish}. */
    Head head() {
        try {
            return head.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Head(null, false);
        } catch (ExecutionException e) {
            return new Head(null, false);
        }
    }

    /**
     * Hands the rest of the read to {@code sink} and waits for its end: the notes kept, the head, then every
     * listing, each given to {@code sink} in turn; what the read throws, the reader's or the sink's, is thrown here.
     */
    void finish(DatasetSink sink) throws IOException {
        taker.complete(sink);
        join();
        Throwable thrown = failure;
        if (thrown instanceof IOException io) {
            throw io;
        }
        if (thrown instanceof RuntimeException r) {
            throw r;
        }
        if (thrown instanceof Error e) {
            throw e;
        }
    }

    /** Stops a read the merge did not take, as when it ends at an earlier file, and waits for its thread. */
    @Override
    public void close() {
        taker.complete(null);
        join();
    }

    private void join() {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void run(Input input, Format format, InputStream stream, Limits limits) {
        DatasetSink parked = new Sink();
        try (InputStream in = stream) {
            format.reader(limits).read(input.name(), in, parked);
        } catch (Throwable e) {
            if (!(e instanceof Dropped)) {
                failure = e;
            }
        }
        head.complete(new Head(null, failure == null));
        // A file that ends before its head (no listing) or fails there: its notes go to the merge when it takes the read.
        DatasetSink sink = awaitTaker();
        if (sink != null && delegate == null) {
            try {
                notesBefore.forEach(sink::note);
            } catch (RuntimeException | Error e) {
                failure = failure == null ? e : failure;
            }
        }
    }

    /** Parks the reader at its head until the merge takes the read, or stops it when the merge never will. */
    private void park(ObjectNode fields) {
        head.complete(new Head(fields, true));
        DatasetSink sink = awaitTaker();
        if (sink == null) {
            throw new Dropped();
        }
        delegate = sink;
        notesBefore.forEach(sink::note);
        notesBefore.clear();
    }

    private DatasetSink awaitTaker() {
        try {
            return taker.get();
        } catch (InterruptedException | ExecutionException e) {
            return null;
        }
    }

    /** The reader's sink: keeps the notes until the head, parks there, then hands everything on. */
    private final class Sink implements DatasetSink {
        @Override
        public void dataset(ObjectNode fields) {
            if (delegate == null) {
                park(fields == null ? null : fields.deepCopy());
            }
            delegate.dataset(fields);
        }

        @Override
        public void record(SourceRecord record) {
            if (delegate == null) {
                park(null);
            }
            delegate.record(record);
        }

        @Override
        public void note(Finding finding) {
            if (delegate == null) {
                notesBefore.add(finding);
            } else {
                delegate.note(finding);
            }
        }
    }
}
