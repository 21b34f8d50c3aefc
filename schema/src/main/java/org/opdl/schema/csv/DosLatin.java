package org.opdl.schema.csv;

import java.nio.charset.Charset;

/**
 * Tells a CSV saved by Excel for Windows' "CSV (MS-DOS)" format, in the DOS code page of its locale
 * (850 in English Canada, 863 in French Canada), from one in Windows-1252 or Mac Roman: {@code é} is
 * 0x82 there, a low quote in Windows-1252 and a capital in Mac Roman, so read with either every
 * accent becomes a sign or another letter without a word. The bytes are counted as French letters
 * under each, a DOS byte only where Windows-1252 reads no lower-case letter nor punctuation (its curly
 * quotes and dashes are no evidence), and the DOS code page wins only when it finds more. The two
 * share the bytes of French lower-case letters; 863 is taken when a byte is a capital only it has
 * ({@code À}, {@code È}, {@code Ê}), as French capitals are in 850 other letters or signs.
 */
final class DosLatin {

    /** Code page 850, or null where the runtime has none. */
    static final Charset CP850 = supported("IBM850");
    /** Code page 863, Canadian French, or null where the runtime has none. */
    static final Charset CP863 = supported("IBM863");

    /** The lower-case letters of French text and the typographic apostrophe, which most of its bytes above ASCII are. */
    private static final String FRENCH = "\u00e0\u00e2\u00e7\u00e9\u00e8\u00ea\u00eb\u00ee\u00ef\u00f4\u00f9\u00fb\u00fc\u00ff\u0153\u00e6\u2019";
    /** The capitals that code page 863 has where 850 has other letters or signs. */
    private static final String CAPITALS_OF_863 = "\u00c0\u00c8\u00ca\u00cb\u00ce\u00cf\u00d4\u00d9\u00db";

    private static final boolean[] FRENCH_IN_DOS = frenchBytes(CP850, FRENCH);
    private static final boolean[] FRENCH_IN_WINDOWS = frenchBytes(CsvInput.WINDOWS_1252, FRENCH);
    private static final boolean[] FRENCH_IN_MAC = frenchBytes(MacRoman.CHARSET, FRENCH);
    private static final boolean[] CAPITAL_IN_863 = capitalsOf863();

    private DosLatin() {
    }

    /** The DOS code page the bytes from {@code from} read as French in, more than in Windows-1252 or Mac Roman; else null. */
    static Charset choose(byte[] b, int from) {
        if (CP850 == null || CP863 == null) {
            return null;
        }
        int dos = 0;
        int windows = 0;
        int mac = 0;
        int capitals = 0;
        for (int i = from; i < b.length; i++) {
            int u = b[i] & 0xFF;
            if (u < 0x80) {
                continue;
            }
            // Code pages 850 and 863 share the bytes of French lower-case letters.
            dos += FRENCH_IN_DOS[u] && noLetter(u, CsvInput.WINDOWS_1252) ? 1 : 0;
            windows += FRENCH_IN_WINDOWS[u] ? 1 : 0;
            mac += FRENCH_IN_MAC[u] ? 1 : 0;
            capitals += CAPITAL_IN_863[u] ? 1 : 0;
        }
        if (dos <= windows || dos <= mac) {
            return null;
        }
        return capitals > 0 ? CP863 : CP850;
    }

    /** True when {@code charset} reads the byte {@code u} as no lower-case letter and no punctuation. */
    private static boolean noLetter(int u, Charset charset) {
        char c = decode(u, charset);
        int type = Character.getType(c);
        return !Character.isLowerCase(c) && c != '\u2019' && type != Character.INITIAL_QUOTE_PUNCTUATION
                && type != Character.FINAL_QUOTE_PUNCTUATION && type != Character.DASH_PUNCTUATION
                && type != Character.OTHER_PUNCTUATION;
    }

    /** Which byte values {@code charset} reads as one of {@code letters}. */
    private static boolean[] frenchBytes(Charset charset, String letters) {
        boolean[] out = new boolean[256];
        for (int u = 0x80; u < 256 && charset != null; u++) {
            out[u] = letters.indexOf(decode(u, charset)) >= 0;
        }
        return out;
    }

    /** The bytes of the capitals only 863 has, bar those 850 reads as a lower-case letter ({@code ö}, {@code æ}), as in names. */
    private static boolean[] capitalsOf863() {
        boolean[] out = frenchBytes(CP863, CAPITALS_OF_863);
        for (int u = 0x80; u < 256 && CP850 != null; u++) {
            out[u] &= !Character.isLowerCase(decode(u, CP850));
        }
        return out;
    }

    private static char decode(int u, Charset charset) {
        String c = new String(new byte[] {(byte) u}, charset);
        return c.length() == 1 ? c.charAt(0) : 0;
    }

    private static Charset supported(String name) {
        return Charset.isSupported(name) ? Charset.forName(name) : null;
    }
}
