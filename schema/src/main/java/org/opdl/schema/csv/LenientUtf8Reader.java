package org.opdl.schema.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Decodes UTF-8 that holds a few bytes of another encoding, as when one cell was pasted from a
 * Windows-1252 file into a UTF-8 one. Every well-formed sequence is decoded as UTF-8; a byte that
 * starts no well-formed sequence is decoded as Windows-1252 and preceded by {@link #MARK}, so that
 * {@link MixedEncoding} can find the cell it is in. A genuine {@code MARK} in the text is doubled.
 * Reading the whole file as Windows-1252 instead would garble every accent written in UTF-8.
 */
final class LenientUtf8Reader extends Reader {

    /** A noncharacter, which no text exchanged between programs holds. */
    static final char MARK = '\uFDD0';
    private static final char[] WINDOWS_1252 = new String(bytes(), CsvInput.WINDOWS_1252).toCharArray();

    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int lim;
    private boolean eof;
    private int pending = -1;

    LenientUtf8Reader(InputStream in) {
        this.in = in;
    }

    private static byte[] bytes() {
        byte[] b = new byte[256];
        for (int i = 0; i < 256; i++) {
            b[i] = (byte) i;
        }
        return b;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        int n = 0;
        while (n < len) {
            if (pending >= 0) {
                cbuf[off + n++] = (char) pending;
                pending = -1;
                continue;
            }
            if (!available(1)) {
                break;
            }
            n += decode(cbuf, off + n, len - n);
        }
        return n == 0 && len > 0 ? -1 : n;
    }

    /** Decodes one sequence into {@code cbuf}; a second char that does not fit waits in {@code pending}. */
    private int decode(char[] cbuf, int at, int room) throws IOException {
        int b0 = buf[pos] & 0xFF;
        if (b0 < 0x80) {
            pos++;
            cbuf[at] = (char) b0;
            return 1;
        }
        int cp = sequence(b0);
        if (cp < 0) {
            pos++;
            return put(cbuf, at, room, MARK, WINDOWS_1252[b0]);
        }
        if (cp == MARK) {
            return put(cbuf, at, room, MARK, MARK);
        }
        if (cp > 0xFFFF) {
            return put(cbuf, at, room, Character.highSurrogate(cp), Character.lowSurrogate(cp));
        }
        cbuf[at] = (char) cp;
        return 1;
    }

    private int put(char[] cbuf, int at, int room, char first, char second) {
        cbuf[at] = first;
        if (room > 1) {
            cbuf[at + 1] = second;
            return 2;
        }
        pending = second;
        return 1;
    }

    /** The code point of the well-formed sequence at {@code pos}, consumed; or -1, consuming nothing. */
    private int sequence(int b0) throws IOException {
        int n;
        int lo = 0x80;
        int hi = 0xBF;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            n = 2;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            n = 3;
            lo = b0 == 0xE0 ? 0xA0 : lo;
            hi = b0 == 0xED ? 0x9F : hi;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            n = 4;
            lo = b0 == 0xF0 ? 0x90 : lo;
            hi = b0 == 0xF4 ? 0x8F : hi;
        } else {
            return -1;
        }
        if (!available(n)) {
            return -1;
        }
        int cp = b0 & (0xFF >> (n + 1));
        for (int i = 1; i < n; i++) {
            int b = buf[pos + i] & 0xFF;
            if (b < (i == 1 ? lo : 0x80) || b > (i == 1 ? hi : 0xBF)) {
                return -1;
            }
            cp = (cp << 6) | (b & 0x3F);
        }
        pos += n;
        return cp;
    }

    /** True when {@code n} bytes are buffered from {@code pos}, reading more when needed. */
    private boolean available(int n) throws IOException {
        if (lim - pos >= n) {
            return true;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, lim - pos);
            lim -= pos;
            pos = 0;
        }
        while (!eof && lim < n) {
            int r = in.read(buf, lim, buf.length - lim);
            if (r < 0) {
                eof = true;
            } else {
                lim += r;
            }
        }
        return lim - pos >= n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
