package org.opdl.schema.csv;

import java.nio.charset.Charset;

/**
 * Tells a CSV saved by Excel for Mac's "CSV" format, in Mac Roman, from one saved by Excel for
 * Windows in Windows-1252: both are bytes that are not UTF-8, but French accents fall on other
 * bytes ({@code é} is 0x8E in Mac Roman, 0xE9 in Windows-1252). Read with the wrong one, every
 * accent becomes another letter without a word, so the bytes are counted as accented lower-case
 * letters (and the apostrophe {@code ’}) under each, and the one that finds more wins; Windows-1252
 * when neither does. Most French accents read as capitals or signs under the other.
 */
final class MacRoman {

    /** The charset, or null where the runtime has none. */
    static final Charset CHARSET = Charset.isSupported("x-MacRoman") ? Charset.forName("x-MacRoman") : null;

    /** The typographic apostrophe, which French text written in Excel is full of. */
    private static final char APOSTROPHE = '\u2019';
    private static final boolean[] ACCENTED_IN_MAC = accentedBytes(CHARSET);
    private static final boolean[] ACCENTED_IN_WINDOWS = accentedBytes(CsvInput.WINDOWS_1252);

    private MacRoman() {
    }

    /** True when the bytes from {@code from} hold more accented letters read as Mac Roman than as Windows-1252. */
    static boolean looksLike(byte[] b, int from) {
        if (CHARSET == null) {
            return false;
        }
        int mac = 0;
        int windows = 0;
        for (int i = from; i < b.length; i++) {
            int u = b[i] & 0xFF;
            mac += ACCENTED_IN_MAC[u] ? 1 : 0;
            windows += ACCENTED_IN_WINDOWS[u] ? 1 : 0;
        }
        return mac > windows;
    }

    /** Which byte values {@code charset} reads as an accented lower-case Latin letter or the apostrophe. */
    private static boolean[] accentedBytes(Charset charset) {
        boolean[] out = new boolean[256];
        if (charset == null) {
            return out;
        }
        for (int u = 0x80; u < 256; u++) {
            String c = new String(new byte[] {(byte) u}, charset);
            char ch = c.length() == 1 ? c.charAt(0) : 0;
            out[u] = ch == APOSTROPHE || ch >= 0xDF && ch <= 0x17F && Character.isLowerCase(ch);
        }
        return out;
    }
}
