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
    /** Bytes Mac Roman reads as accents that Windows-1252 text never uses so: not its quotes, dashes or {@code œ}. */
    private static final boolean[] ACCENTED_IN_MAC = accentedBytes(CHARSET, CsvInput.WINDOWS_1252, true);
    private static final boolean[] ACCENTED_IN_WINDOWS = accentedBytes(CsvInput.WINDOWS_1252, CHARSET, false);

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

    /**
     * Which byte values {@code charset} reads as an accented lower-case Latin letter or the
     * apostrophe, and {@code other} reads as no such letter (nor as punctuation, when {@code
     * notPunctuation}): a byte both could mean is no evidence.
     */
    private static boolean[] accentedBytes(Charset charset, Charset other, boolean notPunctuation) {
        boolean[] out = new boolean[256];
        if (charset == null || other == null) {
            return out;
        }
        for (int u = 0x80; u < 256; u++) {
            char ch = decode(u, charset);
            char there = decode(u, other);
            boolean accented = ch == APOSTROPHE || ch >= 0xDF && ch <= 0x17F && Character.isLowerCase(ch);
            boolean ambiguous = Character.isLowerCase(there) || there == APOSTROPHE || notPunctuation && punctuation(there);
            out[u] = accented && !ambiguous;
        }
        return out;
    }

    private static char decode(int u, Charset charset) {
        String c = new String(new byte[] {(byte) u}, charset);
        return c.length() == 1 ? c.charAt(0) : 0;
    }

    private static boolean punctuation(char c) {
        int type = Character.getType(c);
        return type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.DASH_PUNCTUATION || type == Character.OTHER_PUNCTUATION;
    }
}
