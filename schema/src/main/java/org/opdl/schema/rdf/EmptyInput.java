package org.opdl.schema.rdf;

import org.opdl.schema.format.ReaderRule;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.opdl.model.finding.Location;
import org.opdl.schema.format.ReadException;

/**
 * Refuses an RDF file that holds nothing but white space, as the JSON and CSV readers refuse an
 * empty file: an empty file is more often a failed export than a dataset of no listings. A file
 * of no listings that opdl writes is never empty (Turtle has its prefixes, N-Triples a comment).
 */
final class EmptyInput {

    /** How far ahead {@link #check} looks for something other than white space. */
    private static final int LOOK_AHEAD = 1 << 16;

    private EmptyInput() {
    }

    /** Refuses {@code bytes} when they hold only white space (and a byte-order mark). */
    static void refuse(String source, byte[] bytes, String format) {
        for (int i = 0; i < bytes.length; i++) {
            if (!blank(bytes, i)) {
                return;
            }
        }
        throw empty(source, format);
    }

    /**
     * The same stream, refused when it holds only white space; only the first 64 KiB are looked
     * at, so a file of more white space than that is left to the parser.
     */
    static InputStream check(String source, InputStream in, String format) throws IOException {
        BufferedInputStream b = new BufferedInputStream(in, LOOK_AHEAD);
        b.mark(LOOK_AHEAD);
        byte[] head = b.readNBytes(LOOK_AHEAD);
        b.reset();
        if (head.length < LOOK_AHEAD) {
            refuse(source, head, format);
        }
        return b;
    }

    private static boolean blank(byte[] bytes, int i) {
        byte c = bytes[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            return true;
        }
        return i < 3 && bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    }

    private static ReadException empty(String source, String format) {
        return ReadException.empty(source,
                RdfMessages.GIVE_LISTINGS_OPDL.text(format));
    }
}
