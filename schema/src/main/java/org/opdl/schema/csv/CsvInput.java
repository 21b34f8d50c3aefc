package org.opdl.schema.csv;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Works out how a spreadsheet export is encoded and delimited before it is parsed. UTF-8, with or
 * without a byte-order mark, is decoded strictly. When the first megabytes are not UTF-8 but hold
 * well-formed UTF-8 characters too, the file mixes encodings (a cell pasted from another file):
 * it is read as UTF-8 with the stray bytes as Windows-1252, each reported on its cell ({@link
 * MixedEncoding}). Otherwise the file is read as Windows-1252 (Excel's classic "CSV" export), or as
 * Mac Roman when its accents read as French only so (Excel for Mac's "CSV"), or in a DOS code page, 850 or 863, when
 * they read as French only so (Excel's "CSV (MS-DOS)", {@link DosLatin}), and that choice is reported. A file
 * that looks like UTF-16 (Excel's "Unicode Text", tab-separated) is read as UTF-16 in the byte order its mark or
 * its NULs say, and that is reported too; it is never read as Windows-1252. The
 * delimiter is the one of {@code , ; TAB} that occurs most in the heading row, or the one named by
 * an Excel {@code sep=} line.
 *
 * @param reader the decoded text, positioned after any BOM and {@code sep=} line
 * @param charset the encoding used
 * @param bom true when a UTF-8 byte-order mark was skipped
 * @param delimiter the delimiter
 * @param sepLine true when an Excel {@code sep=} line was skipped
 * @param mixed true when the text is UTF-8 holding bytes of Windows-1252, marked by {@link LenientUtf8Reader}
 * @param utf16 true when the first bytes look like UTF-16, even French text, and the file was read as UTF-16
 * @param workbook true when the file starts as a workbook does (a zip, or an old {@code .xls}), whatever its name
 */
record CsvInput(Reader reader, Charset charset, boolean bom, char delimiter, boolean sepLine, boolean mixed,
        boolean utf16, boolean workbook) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int PEEK = 4 * 1024 * 1024;
    private static final int FIRST_PEEK = 1 << 16;
    /** How many bytes at the start are looked at for the NULs of UTF-16 text: a few rows. */
    private static final int UTF16_SPAN = 1024;

    static CsvInput open(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, FIRST_PEEK);
        byte[] head = peek(in);
        boolean bom = head.length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF;
        if (bom) {
            in.skipNBytes(3);
        }
        int from = bom ? 3 : 0;
        boolean workbook = looksWorkbook(head);
        boolean utf16 = !bom && !workbook && looksUtf16(head);
        if (utf16 && utf16Mark(head)) {
            in.skipNBytes(2);
            from = 2;
        }
        boolean utf8 = !utf16 && isUtf8(head, from, head.length < PEEK);
        // A file that holds UTF-8 characters too mixes encodings; only one that holds none may be in a DOS code page.
        Charset dos = utf16 || utf8 || hasUtf8(head, from) ? null : DosLatin.choose(head, from);
        boolean mac = !utf16 && !utf8 && dos == null && MacRoman.looksLike(head, from);
        boolean mixed = !utf16 && !utf8 && !mac && dos == null && hasUtf8(head, from);
        Charset charset = utf16 ? utf16Order(head) : utf8 || mixed ? StandardCharsets.UTF_8 : dos != null ? dos
                : mac ? MacRoman.CHARSET : WINDOWS_1252;
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String first = firstLine(head, from, charset);
        int hint = separatorHint(first);
        boolean sep = hint >= 0;
        char delimiter = sep ? (char) hint : guess(first);
        Reader reader = new BufferedReader(mixed ? new LenientUtf8Reader(in) : new InputStreamReader(in, decoder), FIRST_PEEK);
        if (sep) {
            int c;
            while ((c = reader.read()) >= 0 && c != '\n') {
                // skip Excel's sep= line
            }
        }
        return new CsvInput(reader, charset, bom, delimiter, sep, mixed, utf16, workbook);
    }

    /**
     * The separator an Excel {@code sep=} first line names, or -1 when the first line is none. The
     * line comes quoted, {@code "sep=;"}, once a spreadsheet saved it back as a cell of its own (Excel
     * in a locale of another separator).
     */
    static int separatorHint(String first) {
        if (first.startsWith("sep=") && first.length() >= 5) {
            return first.charAt(4);
        }
        boolean quoted = first.startsWith("\"sep=") && first.length() >= 7 && first.charAt(6) == '"';
        return quoted ? first.charAt(5) : -1;
    }

    private static boolean utf16Mark(byte[] b) {
        return b.length >= 2 && (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE || b[0] == (byte) 0xFE && b[1] == (byte) 0xFF);
    }

    /** The byte order its mark says, or else its NULs: ASCII text in big-endian UTF-16 has them first. */
    private static Charset utf16Order(byte[] b) {
        if (utf16Mark(b)) {
            return b[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i + 1 < Math.min(b.length, UTF16_SPAN); i += 2) {
            evenNul += b[i] == 0 ? 1 : 0;
            oddNul += b[i + 1] == 0 ? 1 : 0;
        }
        return evenNul > oddNul ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
    }

    /**
     * The first bytes of {@code in}, which is left where it was: the whole input when it is shorter
     * than {@link #FIRST_PEEK}, else up to {@link #PEEK}. Small files, the usual case, never pay
     * for the large window.
     */
    private static byte[] peek(BufferedInputStream in) throws IOException {
        in.mark(FIRST_PEEK + 1);
        byte[] head = in.readNBytes(FIRST_PEEK);
        in.reset();
        if (head.length < FIRST_PEEK) {
            return head;
        }
        in.mark(PEEK + 1);
        head = in.readNBytes(PEEK);
        in.reset();
        return head;
    }

    private static boolean isUtf8(byte[] b, int from, boolean complete) {
        int end = b.length;
        if (!complete) {
            // The peek may cut a character in two; only its last three bytes are in doubt.
            end = Math.max(from, end - 3);
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, from, end - from));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * True when the first bytes, after any UTF-16 byte-order mark, look like UTF-16 in either byte
     * order: NUL in at least a third of the places of one parity and almost never in the other. Counting
     * rather than asking for every place lets French text through, whose {@code ’}, {@code œ} or
     * {@code «} have no NUL byte; ASCII and Windows-1252 text has no NUL at all.
     */
    private static boolean looksUtf16(byte[] b) {
        boolean mark = utf16Mark(b);
        int from = mark ? 2 : 0;
        int end = from + (Math.min(b.length - from, UTF16_SPAN) & ~1);
        int pairs = (end - from) / 2;
        if (pairs < 2) {
            return false;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = from; i < end; i += 2) {
            evenNul += b[i] == 0 ? 1 : 0;
            oddNul += b[i + 1] == 0 ? 1 : 0;
        }
        int more = Math.max(evenNul, oddNul);
        int fewer = Math.min(evenNul, oddNul);
        return more * 3 >= pairs && fewer * 10 <= more;
    }

    /** True when the file starts as an {@code .xlsx} (a zip) or an old {@code .xls} (an OLE2 container) does. */
    private static boolean looksWorkbook(byte[] b) {
        return b.length >= 4 && (b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4
                || b[0] == (byte) 0xD0 && b[1] == (byte) 0xCF && b[2] == 0x11 && b[3] == (byte) 0xE0);
    }

    /** True when {@code b} holds a well-formed UTF-8 sequence of two bytes or more, such as an accent. */
    private static boolean hasUtf8(byte[] b, int from) {
        for (int i = from; i + 1 < b.length; i++) {
            int b0 = b[i] & 0xFF;
            int n = b0 >= 0xC2 && b0 <= 0xDF ? 2 : b0 >= 0xE0 && b0 <= 0xEF ? 3 : b0 >= 0xF0 && b0 <= 0xF4 ? 4 : 0;
            if (n == 0 || i + n > b.length) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < n; k++) {
                ok &= (b[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                return true;
            }
        }
        return false;
    }

    /** The first line of the peeked bytes, decoded on its own rather than decoding the whole window. */
    private static String firstLine(byte[] head, int from, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE)) {
            String text = new String(head, from, Math.min(head.length - from, FIRST_PEEK) & ~1, charset);
            int nl = text.indexOf('\n');
            return (nl < 0 ? text : text.substring(0, nl)).replace("\r", "");
        }
        int end = from;
        while (end < head.length && head[end] != '\n') {
            end++;
        }
        return new String(head, from, end - from, charset).replace("\r", "");
    }

    private static char guess(String line) {
        int commas = 0;
        int semis = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semis += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (semis > commas && semis >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }
}
