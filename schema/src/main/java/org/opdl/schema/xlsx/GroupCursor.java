package org.opdl.schema.xlsx;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.opdl.model.finding.Finding;
import org.opdl.schema.csv.CsvListingReader;
import org.opdl.schema.format.DatasetSink;
import org.opdl.schema.format.ReadException;

/**
 * The rows of one group sheet (Intakes, Fees…), read one at a time as the join asks for them. The
 * sheet's rows are pulled from its XML by the CSV form's reader on a thread of its own, which hands its rows
 * over through a small queue and waits while the queue is full: only a few rows of the sheet are
 * in memory at a time, however long it is, and the sheet is read while the listings are. Rows are
 * handed over {@value #BATCH} at a time: a hand-over per row cost more in waking threads than the
 * join of the row.
 */
final class GroupCursor implements AutoCloseable {

    /** How many rows and findings the reading thread may run ahead of the join. */
    private static final int AHEAD = 256;
    /** How many rows and findings are handed over at once. */
    private static final int BATCH = 32;

    /** What the reading thread hands over: a row, a finding, the end of the sheet, or why it stopped. */
    private sealed interface Item permits Row, Note, End, Failed {
    }

    private record Row(SheetJoin.Child child) implements Item {
    }

    private record Note(Finding finding) implements Item {
    }

    private record End(List<FirstColumnMerge> merges) implements Item {
    }

    private record Failed(Throwable cause) implements Item {
    }

    /** A failure of the reading thread, carried out of the listings' reader to the workbook's. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure(Throwable cause) {
            super(cause.getMessage(), cause, false, false);
        }

        /** Throws what stopped the reading thread, as it was thrown there. */
        IOException rethrow() {
            if (getCause() instanceof IOException e) {
                return e;
            }
            if (getCause() instanceof RuntimeException e) {
                throw e;
            }
            if (getCause() instanceof Error e) {
                throw e;
            }
            return new IOException(getCause());
        }
    }

    /** Thrown inside the reading thread when the join no longer wants its rows. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super("stopped", null, false, false);
        }
    }

    private final BlockingQueue<List<Item>> queue = new ArrayBlockingQueue<>(AHEAD / BATCH);
    private final Thread thread;
    /** The items the reading thread has not handed over yet; only it touches them. */
    private List<Item> batch = new ArrayList<>(BATCH);
    /** The batch being taken, and how far. */
    private List<Item> taking = List.of();
    private int taken;
    private boolean ended;
    private List<FirstColumnMerge> merges = List.of();

    /** Starts reading {@code sheet}, whose rows each hold items of {@code group}. */
    GroupCursor(SheetRef sheet, String group, SheetCells.Context cells) {
        thread = new Thread(() -> run(sheet, group, cells), "opdl-sheet-" + group);
        thread.setDaemon(true);
        thread.start();
    }

    /** The next row of the sheet, after giving the findings met before it to {@code notes}; null at the end. */
    SheetJoin.Child next(Consumer<Finding> notes) {
        while (!ended) {
            if (taken == taking.size()) {
                try {
                    taking = queue.take();
                    taken = 0;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new Failure(new InterruptedIOException("interrupted while reading a sheet"));
                }
                continue;
            }
            Item item = taking.get(taken++);
            if (item instanceof Row r) {
                return r.child();
            } else if (item instanceof Note n) {
                notes.accept(n.finding());
            } else if (item instanceof Failed f) {
                ended = true;
                if (f.cause() instanceof Error e) {
                    throw e;
                }
                throw new Failure(f.cause());
            } else {
                ended = true;
                merges = ((End) item).merges();
            }
        }
        return null;
    }

    /** The merged range of the first column over {@code row}'s blank id cell, once {@link #next} has returned null; else null. */
    FirstColumnMerge mergeOver(long row) {
        return merges.stream().filter(m -> m.covers(row)).findFirst().orElse(null);
    }

    /** Stops the reading thread, if it is still running, and waits for it to have closed the sheet. */
    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run(SheetRef sheet, String group, SheetCells.Context cells) {
        String source = cells.source();
        try {
            Consumer<Finding> notes = f -> put(new Note(Cells.place(f, sheet.name())));
            String gp = "/" + group.replace('.', '/');
            List<FirstColumnMerge> merges;
            HeldFormulas formulas = new HeldFormulas(notes);
            try (SheetCells xml = cells.open(sheet, formulas)) {
                new CsvListingReader(cells.limits()).readItems(source, new FormRows(xml, true, formulas), DatasetSink.of(
                        r -> put(new Row(SheetJoin.Child.of(sheet.name(), group, r, gp))), f -> {
                            formulas.skip(f);
                            notes.accept(f);
                        }));
                merges = xml.firstColumnMerges();
            } catch (ReadException e) {
                throw new ReadException(e.rule(), Cells.place(e.location(), sheet.name(), -1, null), e.text(), e.fix());
            }
            put(new End(merges));
            flush();
        } catch (Stopped e) {
            // The join stopped first: nothing more is wanted.
        } catch (Throwable e) {
            // Handed to the join, which throws it on the caller's thread; an out-of-memory error too.
            try {
                batch.add(new Failed(e));
                flush();
            } catch (Stopped s) {
                // The join stopped first: nothing more is wanted.
            }
        }
    }

    private void put(Item item) {
        batch.add(item);
        if (batch.size() == BATCH) {
            flush();
        }
    }

    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        try {
            queue.put(batch);
        } catch (InterruptedException e) {
            throw new Stopped();
        }
        batch = new ArrayList<>(BATCH);
    }
}
