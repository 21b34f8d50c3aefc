package org.opdl.schema.xlsx;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The strings of a workbook's shared-strings table, kept compactly: their UTF-8 bytes one after
 * another in one array, and where each ends. A table of millions of short strings then costs a
 * few bytes a string rather than two objects each; a string is made again each time it is asked
 * for, which the cell that holds it needs anyway.
 */
final class StringTable extends AbstractList<String> implements RandomAccess {

    /** The largest array the virtual machine allows. */
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    private byte[] bytes = new byte[1 << 12];
    private int[] ends = new int[1 << 8];
    private int used;
    private int size;

    /**
     * Adds {@code text} at the end; false, adding nothing, when the table cannot hold it in one
     * array (the caller reports the table as too large).
     */
    boolean append(CharSequence text) {
        byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
        if (utf8.length > MAX_ARRAY - used) {
            return false;
        }
        if (used + utf8.length > bytes.length) {
            long grown = Math.max((long) used + utf8.length, bytes.length + (long) (bytes.length >> 1));
            bytes = Arrays.copyOf(bytes, (int) Math.min(grown, MAX_ARRAY));
        }
        System.arraycopy(utf8, 0, bytes, used, utf8.length);
        used += utf8.length;
        if (size == ends.length) {
            ends = Arrays.copyOf(ends, size + (size >> 1) + 1);
        }
        ends[size++] = used;
        return true;
    }

    @Override
    public String get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int start = index == 0 ? 0 : ends[index - 1];
        return new String(bytes, start, ends[index] - start, StandardCharsets.UTF_8);
    }

    @Override
    public int size() {
        return size;
    }
}
