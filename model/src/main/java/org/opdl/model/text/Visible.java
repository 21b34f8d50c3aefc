package org.opdl.model.text;

import java.util.Locale;

/**
 * Makes text safe to print on a terminal or into a log: control characters (an ESC that starts an
 * ANSI sequence, a line break that forges a log line) and bidirectional controls are written as a
 * backslash, {@code u} and four hexadecimal digits, so that a file name or a value can never redraw
 * the screen or reorder text.
 */
public final class Visible {

    private Visible() {
    }

    /** {@code text} with every control and bidirectional control character written as a backslash-u escape. */
    public static String escape(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (hidden(c)) {
                if (sb == null) {
                    sb = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                sb.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }

    private static boolean hidden(char c) {
        return c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x061C;
    }
}
