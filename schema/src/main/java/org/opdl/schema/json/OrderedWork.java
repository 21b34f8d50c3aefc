package org.opdl.schema.json;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs pieces of work, such as parsing the lines of a large file, on worker threads, and hands
 * their results to one consumer on the caller's thread in the order the work was given, so that a
 * reader's records and notes keep the file's order. Work travels in batches; the first batch, and
 * a last short one when no worker has started, run on the caller's thread, so a small file starts
 * no thread at all. A piece that throws stops the
 * run at its place: the results before it are handed on, then its exception is thrown.
 *
 * @param <T> the kind of result
 */
final class OrderedWork<T> implements AutoCloseable {

    /**
     * The workers a reader uses by default: one per processor, at most four. Four already outpace
     * the one thread that validates or writes what they parse, and each worker keeps batches in
     * flight, so that a reader's memory does not grow with the machine it runs on.
     */
    static final int WORKERS = Math.min(4, Runtime.getRuntime().availableProcessors());

    private static final int BATCH = 256;

    private final Consumer<T> consumer;
    private final int threads;
    private final ArrayDeque<Future<Results<T>>> running = new ArrayDeque<>();
    private List<Supplier<T>> batch = new ArrayList<>(BATCH);
    private boolean firstDone;
    private ExecutorService pool;

    /** Work whose results go to {@code consumer}; {@code threads} workers at most, none when 1. */
    OrderedWork(Consumer<T> consumer, int threads) {
        this.consumer = consumer;
        this.threads = threads;
    }

    /** The results of a batch, up to and including the first piece that threw. */
    private record Results<T>(List<T> values, Throwable failure) {
    }

    /** Adds a piece of work; results may be handed on before this returns. */
    void add(Supplier<T> work) {
        batch.add(work);
        if (batch.size() == BATCH) {
            send();
        }
    }

    /** Runs what is left and hands every result on; a last short batch runs on the caller's thread. */
    void finish() {
        if (!batch.isEmpty()) {
            firstDone &= !running.isEmpty() || pool != null;
            send();
        }
        while (!running.isEmpty()) {
            deliver(await(running.poll()));
        }
    }

    private void send() {
        List<Supplier<T>> work = batch;
        batch = new ArrayList<>(BATCH);
        if (threads <= 1 || !firstDone) {
            firstDone = true;
            while (!running.isEmpty()) {
                deliver(await(running.poll()));
            }
            deliver(run(work));
            return;
        }
        if (pool == null) {
            pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "opdl-parse");
                t.setDaemon(true);
                return t;
            });
        }
        running.add(pool.submit(() -> run(work)));
        // Keep a few batches ahead per worker: enough to hide the wait, little to hold in memory.
        while (running.size() > 2 * threads) {
            deliver(await(running.poll()));
        }
    }

    private static <T> Results<T> run(List<Supplier<T>> work) {
        List<T> values = new ArrayList<>(work.size());
        for (Supplier<T> w : work) {
            try {
                values.add(w.get());
            } catch (RuntimeException | Error e) {
                return new Results<>(values, e);
            }
        }
        return new Results<>(values, null);
    }

    private static <T> Results<T> await(Future<Results<T>> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading", e);
        } catch (ExecutionException e) {
            return new Results<>(List.of(), e.getCause());
        }
    }

    private void deliver(Results<T> results) {
        results.values().forEach(consumer);
        Throwable failure = results.failure();
        if (failure instanceof RuntimeException r) {
            throw r;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }

    /** Stops the workers; work not yet handed on is dropped, as after a failure. */
    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
