package org.opdl.schema.csv;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Counts the characters read since the last record began and stops the parser once one record
 * passes its budget, so that a quote that is never closed cannot pull a whole file into one cell.
 * The parser reads ahead by at most its buffer, which the budget allows for.
 */
final class RecordBudget extends FilterReader {

    /** What the parser may have read ahead of the record it is on. */
    private static final int READ_AHEAD = 1 << 16;

    private final long budget;
    private long used;

    RecordBudget(Reader in, int maxRecordChars) {
        super(in);
        this.budget = (long) maxRecordChars + READ_AHEAD;
    }

    /** Starts the count for the next record. */
    void nextRecord() {
        used = 0;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            spend(1);
        }
        return c;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        int n = super.read(cbuf, off, len);
        if (n > 0) {
            spend(n);
        }
        return n;
    }

    private void spend(int n) {
        used += n;
        if (used > budget) {
            throw new Exceeded();
        }
    }

    /** Thrown when one record passes its budget; the reader turns it into a located error. */
    static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exceeded() {
            super("record too long", null, false, false);
        }
    }
}
