package org.opdl.schema.rdf;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Text;
import org.opdl.schema.format.LimitErrors;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.ReaderRule;

/**
 * A stream that scans Turtle or N-Triples bytes as Jena reads them, so that what Jena cannot bound
 * or would silently lose stops at its line and column first: bytes that are not UTF-8 (Jena would
 * read them as U+FFFD), nesting of {@code [} and {@code (} deeper than {@link Limits#maxDepth()}
 * (Jena's parser recurses once per level), a literal or IRI longer than {@link
 * Limits#maxStringLength()} (refused before it is built), and the RDF 1.2 syntax that a listing
 * cannot carry ({@code <<} triple terms and reified triples, {@code {|} annotations, and
 * {@code @en--ltr} base directions). It knows strings, IRIs and comments, so brackets inside them
 * do not count, and it notes where each relative IRI is written ({@link WrittenIris}).
 */
final class TurtleScan extends FilterInputStream {

    /** Dots in a row, outside strings, IRIs and comments, that the scan refuses. */
    static final int MAX_DOTS = 10;

    private enum State { CODE, IRI, SHORT, LONG, COMMENT, LANGUAGE }

    private final String source;
    private final Limits limits;
    private final WrittenIris written = new WrittenIris();
    private final PrefixLines prefixes = new PrefixLines();
    private State state = State.CODE;
    private long line = 1;
    private long column;
    private int depth;
    private int pending;
    private int pendingNeed;
    private int lowest = 0x80;
    private int highest = 0xBF;
    private boolean escaped;
    private boolean afterString;
    private int quote;
    private int quotes;
    private int opening;
    private int previous;
    private long length;
    private int dots;

    TurtleScan(String source, InputStream in, Limits limits) {
        super(in);
        this.source = source;
        this.limits = limits;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            accept(b);
        } else {
            end();
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        for (int i = 0; i < n; i++) {
            accept(buf[off + i] & 0xFF);
        }
        if (n < 0) {
            end();
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long done = 0;
        while (done < n && read() >= 0) {
            done++;
        }
        return done;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void end() {
        if (pendingNeed > 0) {
            throw notUtf8();
        }
    }

    /** Checks one byte as UTF-8, then hands each whole character on. */
    private void accept(int b) {
        if (pendingNeed > 0) {
            if (b < lowest || b > highest) {
                throw notUtf8();
            }
            lowest = 0x80;
            highest = 0xBF;
            pending = (pending << 6) | (b & 0x3F);
            if (--pendingNeed == 0) {
                character(pending);
            }
            return;
        }
        if (b < 0x80) {
            character(b);
            return;
        }
        if (b >= 0xC2 && b <= 0xDF) {
            pendingNeed = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            pendingNeed = 2;
            lowest = b == 0xE0 ? 0xA0 : 0x80;
            highest = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            pendingNeed = 3;
            lowest = b == 0xF0 ? 0x90 : 0x80;
            highest = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            throw notUtf8();
        }
        pending = b & (0x3F >> pendingNeed);
    }

    private void character(int c) {
        if (c == '\n') {
            line++;
            column = 0;
        } else {
            column++;
        }
        switch (state) {
            case IRI -> iri(c);
            case SHORT -> shortString(c);
            case LONG -> longString(c);
            case COMMENT -> {
                if (c == '\n' || c == '\r') {
                    state = State.CODE;
                }
            }
            case LANGUAGE -> language(c);
            default -> code(c);
        }
        previous = c;
    }

    private void code(int c) {
        prefixes.code(c, line);
        boolean wasString = afterString;
        afterString = false;
        if (opening != 0) {
            int open = opening;
            opening = 0;
            if (open == '<' && c == '<') {
                throw unsupported( RdfMessages.TRIPLE_TERM_REIFIED.text());
            }
            if (open == '{' && c == '|') {
                throw unsupported( RdfMessages.ANNOTATION.text());
            }
            if (open == '<') {
                state = State.IRI;
                length = 0;
                written.start(line);
                iri(c);
                return;
            }
            if (open == '"' || open == '\'') {
                startString(open, c);
                return;
            }
        }
        if (escaped) {
            escaped = false;
            dots = 0;
            return;
        }
        dots = c == '.' ? dots + 1 : 0;
        if (dots == MAX_DOTS) {
            // Jena 5.6 steps back over the dots that end a word into a ten-character buffer and
            // overflows it (found by fuzzing); no statement needs so many dots, so stop here.
            throw new ReadException(ReaderRule.SYNTAX_RDF, here(),
                    RdfMessages.SYNTAX_RDF_FILE_NOT_VALID_4.text(MAX_DOTS),
                    RdfMessages.SYNTAX_RDF_END_EACH_STATEMENT.text());
        }
        switch (c) {
            case '#' -> state = State.COMMENT;
            case '<', '{', '"', '\'' -> {
                opening = c;
                quotes = 1;
            }
            case '[', '(' -> {
                if (++depth > limits.maxDepth()) {
                    throw LimitErrors.limit(ReaderRule.LIMIT_RDF, here(), RdfMessages.LIMIT_RDF_RDF_NESTS_DEEPER.text(limits.maxDepth()), "--max-depth");
                }
            }
            case ']', ')' -> depth = Math.max(0, depth - 1);
            case '\\' -> escaped = true;
            case '@' -> {
                if (wasString) {
                    state = State.LANGUAGE;
                }
            }
            default -> {
            }
        }
    }

    /** Tells {@code "}, {@code ""} and {@code """} apart, one character after the opening quote. */
    private void startString(int q, int c) {
        if (c == q && quotes == 1) {
            opening = q;
            quotes = 2;
            return;
        }
        quote = q;
        length = 0;
        if (quotes == 2 && c == q) {
            state = State.LONG;
            quotes = 0;
        } else if (quotes == 2) {
            afterString = true;
            code(c);
        } else {
            state = State.SHORT;
            shortString(c);
        }
    }

    private void iri(int c) {
        if (c == '>' || c == '\n') {
            state = State.CODE;
            written.end();
        } else {
            written.add(c);
            grow();
        }
    }

    /** The relative IRIs seen so far, with their lines. */
    WrittenIris written() {
        return written;
    }

    /** The lines of the prefix directives read so far. */
    PrefixLines prefixes() {
        return prefixes;
    }

    private void shortString(int c) {
        if (escaped) {
            escaped = false;
        } else if (c == '\\') {
            escaped = true;
        } else if (c == quote || c == '\n') {
            state = State.CODE;
            afterString = true;
            return;
        }
        grow();
    }

    private void longString(int c) {
        if (escaped) {
            escaped = false;
            quotes = 0;
        } else if (c == '\\') {
            escaped = true;
            quotes = 0;
        } else if (c == quote) {
            if (++quotes == 3) {
                state = State.CODE;
                afterString = true;
                quotes = 0;
                return;
            }
        } else {
            quotes = 0;
        }
        grow();
    }

    private void language(int c) {
        if (c == '-' && previous == '-') {
            throw unsupported( RdfMessages.BASE_DIRECTION_LANGUAGE.text());
        }
        if (!(Character.isLetterOrDigit(c) || c == '-')) {
            state = State.CODE;
            code(c);
        }
    }

    private void grow() {
        if (++length > limits.maxStringLength()) {
            throw LimitErrors.limit(ReaderRule.LIMIT_RDF, here(), RdfMessages.LITERAL_IRI_LONGER.text(limits.maxStringLength()), "--max-string-length");
        }
    }

    private Location here() {
        return new Location.Text(source, line, Math.max(1, column));
    }

    private ReadException notUtf8() {
        return new ReadException(ReaderRule.SYNTAX_ENCODING, new Location.Text(source, line, column + 1),
                RdfMessages.SYNTAX_ENCODING_FILE_NOT_UTF.text(),
                RdfMessages.SYNTAX_ENCODING_SAVE_FILE_UTF_2.text());
    }

    private ReadException unsupported(Text what) {
        return new ReadException(ReaderRule.SYNTAX_RDF, here(),
                RdfMessages.SYNTAX_RDF_UNSUPPORTED_RDF_1_2.text(line, what),
                RdfMessages.WRITE_STATEMENT_PLAIN.text());
    }
}
