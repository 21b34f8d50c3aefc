package org.opdl.cli.sparql;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.opdl.model.finding.Finding;
import org.opdl.schema.format.DatasetSink;
import org.opdl.schema.format.SourceMap;
import org.opdl.schema.format.SourceRecord;
import tools.jackson.databind.node.ObjectNode;

/**
 * A sink that hands what it receives to another sink on a thread of its own, in the same order, so
 * that writing the graphs' files runs beside the validation of the same listings. A few thousand
 * listings wait at most; the first failure of the other sink is kept and given by {@link #finish},
 * and what comes after it is dropped, since nothing is sent once it fails.
 */
public final class Background implements DatasetSink, AutoCloseable {

    private static final Runnable END = () -> { };

    private final BlockingQueue<Runnable> queue = new ArrayBlockingQueue<>(2_048);
    private final Thread thread;
    private final DatasetSink target;
    private volatile Throwable failure;

    /** Starts the thread that hands everything on to {@code target}. */
    public Background(DatasetSink target) {
        this.target = target;
        this.thread = new Thread(this::drain, "opdl-publish-write");
        thread.setDaemon(true);
        thread.start();
    }

    private void drain() {
        try {
            for (Runnable r = queue.take(); r != END; r = queue.take()) {
                if (failure == null) {
                    try {
                        r.run();
                    } catch (RuntimeException | Error e) {
                        // Kept, and the queue still drained, so that the sending thread never waits on a full queue.
                        failure = e;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void put(Runnable r) {
        try {
            queue.put(r);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("publication interrupted", e);
        }
    }

    @Override
    public void dataset(ObjectNode fieldsBefore, SourceMap places) {
        put(() -> target.dataset(fieldsBefore, places));
    }

    @Override
    public void dataset(ObjectNode fieldsBefore) {
        put(() -> target.dataset(fieldsBefore));
    }

    @Override
    public void record(SourceRecord record) {
        put(() -> target.record(record));
    }

    @Override
    public void note(Finding finding) {
        put(() -> target.note(finding));
    }

    @Override
    public void datasetEnd(ObjectNode fieldsAfter) {
        put(() -> target.datasetEnd(fieldsAfter));
    }

    /**
     * Waits until everything received so far is handed on.
     *
     * @throws RuntimeException the first failure of the other sink
     * @throws Error the first error of the other sink, such as a heap run out
     */
    public void finish() {
        put(END);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("publication interrupted", e);
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
    }

    /** Stops the thread if {@link #finish} was not reached, and waits until it has stopped. */
    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
