package org.opdl.schema.json;

import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites an ECMA-262 regular expression, as JSON Schema's {@code pattern} holds it, into the
 * Oniguruma dialect that Joni runs, so that it matches what a JavaScript engine with the {@code u}
 * flag matches (the flag ajv uses). Joni's ECMAScript syntax is close but not exact: its {@code $}
 * also matches before a final line break, its {@code ^} after any line break, its {@code .}
 * matches U+2028 and U+2029, its {@code \d} and {@code \w} take every script's digits and letters,
 * its {@code \s} is Unicode's White_Space (with U+0085, without U+FEFF), and {@code [} and
 * {@code &&} inside a class mean nesting and intersection. Each of those is spelled out here.
 */
final class EcmaSyntax {

    /** ECMA-262 WhiteSpace and LineTerminator, the code points of {@code \s}. */
    static final String SPACES = "\\u0009\\u000A\\u000B\\u000C\\u000D\\u0020\\u00A0\\u1680\\u2000-\\u200A"
            + "\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF";
    private static final String DIGITS = "0-9";
    private static final String WORD = "a-zA-Z0-9_";
    private static final String NOT_LINE_END = "[^\\u000A\\u000D\\u2028\\u2029]";

    private EcmaSyntax() {
    }

    /** The Oniguruma form of an ECMA-262 pattern. */
    static String toOniguruma(String ecma) {
        StringBuilder out = new StringBuilder(ecma.length() + 16);
        int i = 0;
        while (i < ecma.length()) {
            char c = ecma.charAt(i);
            if (c == '\\' && i + 1 < ecma.length()) {
                char e = ecma.charAt(i + 1);
                String set = positiveSet(e);
                if (set != null) {
                    out.append(Character.isUpperCase(e) ? "[^" : "[").append(set).append(']');
                } else if (e == 'b' || e == 'B') {
                    String w = "[" + WORD + "]";
                    out.append(e == 'b'
                            ? "(?:(?<=" + w + ")(?!" + w + ")|(?<!" + w + ")(?=" + w + "))"
                            : "(?:(?<=" + w + ")(?=" + w + ")|(?<!" + w + ")(?!" + w + "))");
                } else {
                    out.append(c).append(e);
                }
                i += 2;
            } else if (c == '[') {
                i = characterClass(ecma, i, out);
            } else {
                switch (c) {
                    case '^' -> out.append("\\A");
                    case '$' -> out.append("\\z");
                    case '.' -> out.append(NOT_LINE_END);
                    default -> out.append(c);
                }
                i++;
            }
        }
        return out.toString();
    }

    /** The members of the class escape {@code \e} without its negation, or null for another escape. */
    private static String positiveSet(char e) {
        return switch (Character.toLowerCase(e)) {
            case 'd' -> DIGITS;
            case 'w' -> WORD;
            case 's' -> SPACES;
            default -> null;
        };
    }

    /**
     * Copies the class that starts at {@code start} and returns the index after it. A class holding
     * {@code \D}, {@code \W} or {@code \S} becomes a group, since Joni cannot nest classes there:
     * {@code [a\S]} is {@code (?:[a]|[^spaces])} and {@code [^a\S]} is {@code (?:(?![a])[spaces])}.
     */
    private static int characterClass(String ecma, int start, StringBuilder out) {
        int i = start + 1;
        boolean negated = i < ecma.length() && ecma.charAt(i) == '^';
        if (negated) {
            i++;
        }
        StringBuilder members = new StringBuilder();
        List<String> excluded = new ArrayList<>();
        while (i < ecma.length() && ecma.charAt(i) != ']') {
            char c = ecma.charAt(i);
            if (c == '\\' && i + 1 < ecma.length()) {
                char e = ecma.charAt(i + 1);
                String set = positiveSet(e);
                if (set == null) {
                    members.append(c).append(e);
                } else if (Character.isUpperCase(e)) {
                    excluded.add(set);
                } else {
                    members.append(set);
                }
                i += 2;
            } else {
                // Oniguruma reads [ as a nested class and && as an intersection; ECMA-262 as characters.
                if (c == '[' || c == '&') {
                    members.append('\\');
                }
                members.append(c);
                i++;
            }
        }
        if (i >= ecma.length()) {
            // No closing bracket: left as written, for the engine to refuse.
            out.append(ecma, start, ecma.length());
            return ecma.length();
        }
        String own = members.isEmpty() ? null : "[" + members + "]";
        if (excluded.isEmpty()) {
            // [] matches nothing and [^] any code point.
            out.append(own == null ? (negated ? "[\\u0000-\\x{10FFFF}]" : "(?!)")
                    : negated ? "[^" + members + "]" : own);
        } else if (!negated) {
            out.append("(?:");
            if (own != null) {
                out.append(own).append('|');
            }
            out.append(String.join("|", excluded.stream().map(s -> "[^" + s + "]").toList())).append(')');
        } else {
            out.append("(?:");
            if (own != null) {
                out.append("(?!").append(own).append(')');
            }
            for (int k = 1; k < excluded.size(); k++) {
                out.append("(?=[").append(excluded.get(k)).append("])");
            }
            out.append('[').append(excluded.get(0)).append("])");
        }
        return i + 1;
    }
}
