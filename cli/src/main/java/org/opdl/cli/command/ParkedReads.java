package org.opdl.cli.command;

import java.io.IOException;
import java.io.InputStream;
import java.util.IdentityHashMap;
import java.util.Map;
import org.opdl.cli.input.Input;
import org.opdl.schema.format.DatasetSink;
import org.opdl.schema.format.Format;
import org.opdl.schema.format.Limits;

/**
 * The files of a merge whose heads were read ahead and which wait at their heads for the merge to come to
 * them ({@link ParkedRead}). Only workbooks wait so, as only they are costly to open twice, and at most
 * {@value #MOST} at a time, each holding its shared strings and a thread; the heads of further workbooks are
 * read as other files' are, and the workbook opened again when merged.
 */
final class ParkedReads implements AutoCloseable {

    /** The most reads held at their heads at once. */
    static final int MOST = 4;

    private final Map<Input, ParkedRead> reads = new IdentityHashMap<>();

    /** Whether the head of {@code input}, in {@code format}, is read by a read that waits: a workbook, while there is room. */
    boolean takes(Format format) {
        return format.name().equals("xlsx") && reads.size() < MOST;
    }

    /** Starts the read of {@code input} from {@code in}, which it closes, and returns its head, the read waiting there for {@link #finish}. */
    ParkedRead.Head park(Input input, Format format, InputStream in, Limits limits) {
        ParkedRead read = ParkedRead.start(input, format, in, limits);
        reads.put(input, read);
        return read.head();
    }

    /** Whether {@code input} waits at its head. */
    boolean holds(Input input) {
        return reads.containsKey(input);
    }

    /** Hands the rest of the read of {@code input} to {@code sink}, as a read of the file would give it. */
    void finish(Input input, DatasetSink sink) throws IOException {
        ParkedRead read = reads.remove(input);
        read.finish(sink);
    }

    /** Stops the reads the merge did not come to, as when it stopped at an earlier file. */
    @Override
    public void close() {
        reads.values().forEach(ParkedRead::close);
        reads.clear();
    }
}
