package org.opdl.schema.json;

/**
 * The characters that ECMA-262's {@code \s} matches: its WhiteSpace (tab, vertical tab, form feed,
 * space, no-break space, U+FEFF and the Unicode space separators) and its LineTerminators (line
 * feed, carriage return, U+2028, U+2029). JSON Schema patterns use that class, not Java's.
 */
public final class EcmaSpaces {

    private EcmaSpaces() {
    }

    /** True when {@code \s} matches {@code c} in ECMA-262. */
    public static boolean is(char c) {
        return switch (c) {
            case '\t', '\n', '\u000B', '\f', '\r', ' ', '\u00A0', '\u1680', '\u2028', '\u2029', '\u202F', '\u205F',
                 '\u3000', '\uFEFF' -> true;
            default -> c >= '\u2000' && c <= '\u200A';
        };
    }
}
