package org.opdl.validator.internal.check;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Unicode helpers the text and identity rules share: composed form (NFC) and script names, with a
 * fast path for the plain text most listings hold. Every character below U+0300 is its own
 * composed form and combines with nothing before it, so such text needs no normalising.
 */
public final class Unicode {

    private static final char FIRST_COMBINING = '\u0300';

    private Unicode() {
    }

    /** True when every character of {@code s} is below U+0300, so that {@code s} is surely NFC. */
    public static boolean simple(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= FIRST_COMBINING) {
                return false;
            }
        }
        return true;
    }

    /** {@code s} in Normalization Form C, the key under which values are compared. */
    public static String nfc(String s) {
        return simple(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** True when {@code s} is already in Normalization Form C. */
    public static boolean isNfc(String s) {
        return simple(s) || Normalizer.isNormalized(s, Normalizer.Form.NFC);
    }

    /** The characters from {@code from} to {@code to} as code points: {@code U+0065 U+0301}. */
    public static String codePoints(String s, int from, int to) {
        StringBuilder b = new StringBuilder();
        s.substring(from, to).codePoints().forEach(cp -> b.append(b.length() == 0 ? "" : " ").append(String.format("U+%04X", cp)));
        return b.toString();
    }

    /** The Unicode name of a script, as Unicode writes it: {@code Latin}, {@code Cyrillic}. */
    public static String name(Character.UnicodeScript script) {
        String n = script.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }
}
