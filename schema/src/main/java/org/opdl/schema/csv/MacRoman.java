package org.opdl.schema.csv;

import java.nio.charset.Charset;

/**
 * Tells a CSV saved by Excel for Mac's "CSV" format, in Mac Roman, from one saved by Excel for
 * Windows in Windows-1252: both are bytes that are not UTF-8, but French accents fall on other
 * bytes ({@code é} is 0x8E in Mac Roman, 0xE9 in Windows-1252). Read with the wrong one, every
 * accent becomes another letter without a word, so the bytes are counted as French letters under
 * each and the one that finds more wins; Windows-1252 when neither does.
 */
final class MacRoman {

    /** The charset, or null where the runtime has none. */
    static final Charset CHARSET = Charset.isSupported("x-MacRoman") ? Charset.forName("x-MacRoman") : null;

    /** The lower-case letters and apostrophe of French text beyond ASCII. */
    private static final String FRENCH = "àâçéèêëîïôùûüœ’";
    private static final boolean[] FRENCH_IN_MAC = frenchBytes(CHARSET);
    private static final boolean[] FRENCH_IN_WINDOWS = frenchBytes(CsvInput.WINDOWS_1252);

    private MacRoman() {
    }

    /** True when the bytes from {@code from} hold more French letters read as Mac Roman than as Windows-1252. */
    static boolean looksLike(byte[] b, int from) {
        if (CHARSET == null) {
            return false;
        }
        int mac = 0;
        int windows = 0;
        for (int i = from; i < b.length; i++) {
            int u = b[i] & 0xFF;
            mac += FRENCH_IN_MAC[u] ? 1 : 0;
            windows += FRENCH_IN_WINDOWS[u] ? 1 : 0;
        }
        return mac > windows;
    }

    /** Which byte values {@code charset} reads as a letter of {@link #FRENCH}. */
    private static boolean[] frenchBytes(Charset charset) {
        boolean[] out = new boolean[256];
        if (charset == null) {
            return out;
        }
        for (int u = 0x80; u < 256; u++) {
            String c = new String(new byte[] {(byte) u}, charset);
            out[u] = c.length() == 1 && FRENCH.indexOf(c.charAt(0)) >= 0;
        }
        return out;
    }
}
