package org.opdl.schema.format;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Text;

/**
 * The {@code opdl.limit.*} errors every reader raises when a file passes one of its {@link Limits},
 * worded the same way in every format, and a stream that stops at the file-size limit.
 */
public final class LimitErrors {

    private LimitErrors() {
    }

    /** The error for a file larger than {@link Limits#maxFileBytes()}. */
    public static ReadException file(String source, Limits limits) {
        return limit(ReaderRule.LIMIT_FILE, new Location.Text(source, 0, 0), FormatMessages.LIMIT_FILE_FILE_LARGER_THAN.text(limits.maxFileBytes()), "--max-file-size");
    }

    /** The error for a listing past {@link Limits#maxRecords()}, placed at {@code where}. */
    public static ReadException records(Location where, Limits limits) {
        return limit(ReaderRule.LIMIT_RECORDS, where, FormatMessages.LIMIT_RECORDS_FILE_HOLDS_MORE.text(limits.maxRecords()), "--max-records");
    }

    /**
     * Throws {@link #records} when {@code count}, the number of listings read so far, is past the limit.
     */
    public static void checkRecords(long count, Location where, Limits limits) {
        if (count > limits.maxRecords()) {
            throw records(where, limits);
        }
    }

    /** The error for a limit, naming the option that raises it for trusted files. */
    public static ReadException limit(ReaderRule rule, Location where, String en, String fr, String option) {
        return limit(rule, where, new Text(en, fr), option);
    }

    /** The error for a limit, {@code text} in both languages, naming the option that raises it for trusted files. */
    public static ReadException limit(ReaderRule rule, Location where, Text text, String option) {
        return new ReadException(rule, where, text,
                FormatMessages.CHECK_FILE_LISTINGS.text(option));
    }

    /**
     * {@code in}, which throws {@link #file} as soon as more than {@link Limits#maxFileBytes()} bytes
     * have been read from it, so that a stream with no length (standard input) is bounded too.
     */
    public static InputStream bounded(String source, InputStream in, Limits limits) {
        return new FilterInputStream(in) {
            private long count;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    add(1);
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    add(n);
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                long k = super.skip(n);
                add(k);
                return k;
            }

            @Override
            public boolean markSupported() {
                return false;
            }

            private void add(long n) {
                count += n;
                if (count > limits.maxFileBytes()) {
                    throw file(source, limits);
                }
            }
        };
    }
}
