package org.opdl.cli.exit;

import java.util.concurrent.atomic.AtomicReference;

/**
 * What threads other than the main one let escape, kept quietly until the run ends, so that no
 * worker prints a stack trace. A worker's own work reaches the main thread through its result;
 * what escapes a worker is the pool's trouble, most often a heap run out under it, which the main
 * thread meets and reports too. Records one reference and allocates nothing, since it is called
 * when memory is short.
 */
public final class WorkerFailures implements Thread.UncaughtExceptionHandler {

    private final AtomicReference<Throwable> first = new AtomicReference<>();
    private volatile boolean heapRanOut;

    @Override
    public void uncaughtException(Thread thread, Throwable thrown) {
        if (thrown instanceof OutOfMemoryError) {
            heapRanOut = true;
        } else {
            first.compareAndSet(null, thrown);
        }
    }

    /**
     * The first failure of a worker that the heap running out does not explain; {@code null} when
     * there was none, or when a worker ran out of memory, since a pool's locks can then fail in
     * other workers too.
     */
    public Throwable unexplained() {
        Throwable failure = first.get();
        return heapRanOut || failure == null || OutOfMemory.behind(failure) != null ? null : failure;
    }
}
