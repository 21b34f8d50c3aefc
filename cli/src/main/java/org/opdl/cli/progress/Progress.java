package org.opdl.cli.progress;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.opdl.model.text.Lang;
import org.opdl.schema.format.Format;

/**
 * The progress of a long run: listings done, their rate and, when the inputs' size is known, the
 * time left, on one line of standard error rewritten in place with a carriage return. It appears
 * only when {@code show} is true (standard error is a terminal and {@code --quiet} was not given)
 * and the run has lasted {@code opdl.progress.after} milliseconds (2000 unless set), and it is
 * wiped before any other line is printed and when the run ends. Counting is always on, so that
 * {@code --verbose} can give the figures at the end.
 */
public final class Progress implements AutoCloseable {

    private static final long PERIOD_MILLIS = 250;

    private final PrintWriter err;
    private final Lang lang;
    private final long totalBytes;
    private final long start = System.nanoTime();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong listings = new AtomicLong();
    private final ScheduledExecutorService ticker;
    private int shownWidth;

    /**
     * Starts counting.
     *
     * @param totalBytes the size of all inputs, or -1 when one has no size known in advance
     * @param show true to show the line at all
     */
    public Progress(PrintWriter err, Lang lang, long totalBytes, boolean show) {
        this.err = err;
        this.lang = lang;
        this.totalBytes = totalBytes;
        if (show) {
            long after = Long.getLong("opdl.progress.after", 2000);
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "opdl-progress");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(this::show, Math.max(0, after), PERIOD_MILLIS, TimeUnit.MILLISECONDS);
        } else {
            ticker = null;
        }
    }

    /** {@code in}, counted. */
    public InputStream count(InputStream in) {
        return new CountingInputStream(in, bytes);
    }

    /** {@code format}, whose readers count the listings they read. */
    public Format count(Format format) {
        return CountingFormat.of(format, listings);
    }

    /** The listings read so far. */
    public long listings() {
        return listings.get();
    }

    /** The seconds since the run started. */
    public double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    /** Wipes the line, if shown, so that another line can be printed; the next tick shows it again. */
    public void clear() {
        synchronized (err) {
            if (shownWidth > 0) {
                err.print("\r" + " ".repeat(shownWidth) + "\r");
                err.flush();
                shownWidth = 0;
            }
        }
    }

    private void show() {
        String line = ProgressLine.of(lang, listings.get(), bytes.get(), totalBytes, seconds());
        synchronized (err) {
            String pad = line.length() < shownWidth ? " ".repeat(shownWidth - line.length()) : "";
            err.print("\r" + line + pad);
            err.flush();
            shownWidth = Math.max(shownWidth, line.length());
        }
    }

    /** Stops the line and wipes it. */
    @Override
    public void close() {
        if (ticker != null) {
            ticker.shutdownNow();
            try {
                ticker.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        clear();
    }
}
