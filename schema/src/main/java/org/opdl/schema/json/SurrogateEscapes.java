package org.opdl.schema.json;

/**
 * Tells whether JSON text may hold an escaped surrogate ({@code \uD800} to {@code \uDFFF}), the
 * only way a string read from UTF-8 can hold a lone surrogate: Jackson refuses one written as raw
 * bytes. Text that holds none needs no check of its strings ({@link LocatedTree#withoutEscapes}).
 * Almost every listing holds a backslash (a quotation mark or a line break escaped in its
 * description), so the presence of a backslash alone left the check on for nearly every string a
 * reader kept, a tenth of {@code opdl match}'s reading; surrogate escapes are rare.
 */
final class SurrogateEscapes {

    private SurrogateEscapes() {
    }

    /**
     * True when the bytes from {@code from} to {@code to} hold a backslash, {@code u}, {@code D} (or
     * {@code d}) and a hexadecimal digit from 8 to F in a row; an escaped backslash followed by such
     * letters also answers true, which only keeps the check on.
     */
    static boolean in(byte[] b, int from, int to) {
        for (int i = from; i + 3 < to; i++) {
            if (b[i] == '\\' && b[i + 1] == 'u' && (b[i + 2] == 'd' || b[i + 2] == 'D') && high(b[i + 3])) {
                return true;
            }
        }
        return false;
    }

    private static boolean high(byte c) {
        return c == '8' || c == '9' || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
