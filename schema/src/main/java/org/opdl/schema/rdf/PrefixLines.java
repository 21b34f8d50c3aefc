package org.opdl.schema.rdf;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a Turtle file's prefix directives ({@code @prefix} and {@code PREFIX}), in order, noted
 * by the scan as Jena reads the file, so that the directive Jena reports as the n-th prefix can be
 * placed at its line. It sees only what lies outside strings, IRIs and comments.
 */
final class PrefixLines {

    private final List<Long> lines = new ArrayList<>();
    private final StringBuilder word = new StringBuilder();
    private int before = '\n';
    private long wordLine;

    /** One character of code, outside strings, IRIs and comments, on {@code line}. */
    void code(int c, long line) {
        if (Character.isLetter(c)) {
            if (word.isEmpty()) {
                wordLine = line;
            }
            if (word.length() < 8) {
                word.appendCodePoint(c);
            }
            return;
        }
        if (Character.isWhitespace(c) && "prefix".equalsIgnoreCase(word.toString())
                && (before == '@' || before == '.' || Character.isWhitespace(before))) {
            lines.add(wordLine);
        }
        word.setLength(0);
        before = c;
    }

    /** The line of the n-th prefix directive, 0 first, or 0 when the scan did not see it. */
    long line(int n) {
        return n < lines.size() ? lines.get(n) : 0;
    }
}
