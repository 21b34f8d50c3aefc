package org.opdl.schema.rdf;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Where a relative IRI is written, so that {@link RelativeIris} can name its line. {@link
 * TurtleScan} feeds it each {@code <…>} of a Turtle file as the bytes go by: only the few
 * characters of a scheme are looked at, and only a relative IRI is kept, the first few of them. For RDF/XML and JSON-LD, whose bytes are held, {@link #lineIn(byte[], String)} finds the
 * quoted value instead.
 */
final class WrittenIris {

    /** Relative IRIs whose line is kept: those {@link RelativeIris} places at their line. */
    static final int KEPT = RelativeIris.PLACED;
    /** Characters of a relative IRI kept; a longer one is named without a line. */
    private static final int LONGEST = 300;

    private final Map<String, Long> lines = new HashMap<>();
    private final StringBuilder current = new StringBuilder();
    private long line;
    private boolean decided;
    private boolean relative;

    /** An IRI starts on {@code line}. */
    void start(long line) {
        this.line = line;
        current.setLength(0);
        decided = false;
        relative = false;
    }

    /** One character of the IRI; after a scheme ({@code https:}) nothing more is looked at. */
    void add(int c) {
        if (decided && !relative) {
            return;
        }
        if (!decided) {
            boolean schemeChar = c < 0x80 && (Character.isLetter(c) || current.length() > 0
                    && (Character.isDigit(c) || c == '+' || c == '-' || c == '.'));
            if (c == ':' && current.length() > 0) {
                decided = true;
                return;
            }
            if (!schemeChar) {
                decided = true;
                relative = true;
            }
        }
        if (current.length() <= LONGEST) {
            current.appendCodePoint(c);
        }
    }

    /** The IRI ends: kept with its line if it had no scheme. */
    void end() {
        if ((relative || !decided) && current.length() <= LONGEST && lines.size() < KEPT) {
            lines.putIfAbsent(current.toString(), line);
        }
        decided = true;
        relative = false;
    }

    /** The line where {@code written} was first seen, or 0. */
    long line(String written) {
        return lines.getOrDefault(written, 0L);
    }

    /**
     * The line of the first {@code "written"} or {@code 'written'} in {@code bytes} (UTF-8), or 0;
     * an RDF/XML {@code rdf:ID} is written without the {@code #} it is read with.
     */
    static long lineIn(byte[] bytes, String written) {
        long line = lineOfQuoted(bytes, written);
        return line == 0 && written.startsWith("#") ? lineOfQuoted(bytes, written.substring(1)) : line;
    }

    private static long lineOfQuoted(byte[] bytes, String written) {
        for (char quote : new char[] {'"', '\''}) {
            byte[] needle = (quote + written + quote).getBytes(StandardCharsets.UTF_8);
            int at = indexOf(bytes, needle);
            if (at >= 0) {
                long line = 1;
                for (int i = 0; i < at; i++) {
                    if (bytes[i] == '\n') {
                        line++;
                    }
                }
                return line;
            }
        }
        return 0;
    }

    private static int indexOf(byte[] bytes, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
