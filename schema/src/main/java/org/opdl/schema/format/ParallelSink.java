package org.opdl.schema.format;

/**
 * A sink whose own work on each listing may run on the thread that parsed it, so that a reader that
 * parses on several threads spreads that work too, and its caller's thread is left only what must
 * follow the file's order. {@link #prepare} runs on any thread, in any order, and must change no
 * state; {@link #record(SourceRecord, Object)} then gets each listing with what was prepared for
 * it, in file order, on the caller's thread. A reader that parses on one thread, or that does not
 * know this interface, calls {@link #record(SourceRecord)}, which does both in turn: the answers are
 * the same either way.
 *
 * @param <T> what is prepared for a listing
 */
public interface ParallelSink<T> extends DatasetSink {

    /** The work on one listing that needs nothing from the others; called on any thread. */
    T prepare(SourceRecord record);

    /** One listing, with what {@link #prepare} made of it; called in file order. */
    void record(SourceRecord record, T prepared);

    /** Prepares the listing and records it, on this thread. */
    @Override
    default void record(SourceRecord record) {
        record(record, prepare(record));
    }

    /**
     * For a reader: prepares {@code record} on this thread when {@code sink} is a parallel sink, and
     * gives what is left to run in file order; null for any other sink, which gets the record itself.
     */
    static Runnable prepared(DatasetSink sink, SourceRecord record) {
        return sink instanceof ParallelSink<?> p ? ready(p, record) : null;
    }

    private static <T> Runnable ready(ParallelSink<T> sink, SourceRecord record) {
        T done = sink.prepare(record);
        return () -> sink.record(record, done);
    }
}
