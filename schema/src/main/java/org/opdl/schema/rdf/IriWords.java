package org.opdl.schema.rdf;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Text;
import org.opdl.schema.format.ReadException;

/**
 * Puts the parsers' words for an address (IRI) that cannot be read into plain words, with the fix: a
 * character no IRI holds (a space, a tab, a quotation mark, a brace, a control character), as a
 * web address pasted from a browser or a document carries it, in Turtle, N-Triples and RDF/XML; and an
 * address whose closing {@code >} is missing, so that it runs to the end of its line or of the file.
 */
final class IriWords {

    /** Turtle and N-Triples: the tokenizer's words, the address up to the character, and the character. */
    private static final Pattern TOKEN = Pattern.compile(
            "(?:Bad|Illegal) character in IRI \\((.*?)\\): <(.*)\\[.*\\]\\.\\.\\.>", Pattern.DOTALL);
    private static final Pattern CODE_POINT = Pattern.compile("(?:codepoint U\\+|control char 0x)([0-9A-Fa-f]+).*");
    /** Turtle and N-Triples: an address not closed by {@code >} on its line or before the end of the file. */
    private static final Pattern BROKEN = Pattern.compile("Broken IRI \\((newline|CR|End of file)\\)(?:: (.*))?", Pattern.DOTALL);
    /** RDF/XML: the IRI library's report of an address, which names the address and not the character. */
    private static final Pattern IRI_LIBRARY = Pattern.compile("<(.*)> Code: \\d+/[A-Z_]+ in [A-Z_]+: .*", Pattern.DOTALL);
    /** The characters outside the letters, digits and marks an IRI may hold (RFC 3987), besides controls and spaces. */
    private static final String NEVER_IN_AN_IRI = "<>\"{}|^`\\";
    private static final int SHOWN = 60;

    private IriWords() {
    }

    /** The error in plain words for a parser's {@code detail}, or null when it is not about an address. */
    static ReadException explain(Location at, String format, String detail) {
        Matcher token = TOKEN.matcher(detail);
        if (token.matches()) {
            int c = character(token.group(1));
            return c < 0 ? null : badCharacter(at, format, token.group(2), c);
        }
        Matcher broken = BROKEN.matcher(detail);
        if (broken.matches()) {
            Text what = broken.group(2) == null
                    ? RdfMessages.IRI_NOT_CLOSED_FILE.text()
                    : RdfMessages.IRI_NOT_CLOSED_LINE.text(shorten(broken.group(2)));
            return RiotWords.error(at, format, what, RdfMessages.IRI_NOT_CLOSED_FIX.text());
        }
        Matcher library = IRI_LIBRARY.matcher(detail);
        if (library.matches()) {
            String iri = library.group(1);
            for (int i = 0; i < iri.length(); i = iri.offsetByCodePoints(i, 1)) {
                int c = iri.codePointAt(i);
                if (neverInAnIri(c)) {
                    return badCharacter(at, format, iri.substring(0, i), c);
                }
            }
        }
        return null;
    }

    private static ReadException badCharacter(Location at, String format, String before, int c) {
        return RiotWords.error(at, format, RdfMessages.IRI_BAD_CHARACTER.text(shorten(before), name(c)),
                RdfMessages.IRI_BAD_CHARACTER_FIX.text(percentEncoded(c)));
    }

    /** The character the tokenizer names: "space", "tab character", "bad character: '<'", "codepoint U+007B, '{'", "control char 0x01". */
    private static int character(String words) {
        if (words.equals("space")) {
            return ' ';
        }
        if (words.equals("tab character")) {
            return '\t';
        }
        if (words.startsWith("bad character: '") && words.length() > 16) {
            return words.codePointAt(16);
        }
        Matcher m = CODE_POINT.matcher(words);
        return m.matches() ? Integer.parseInt(m.group(1), 16) : -1;
    }

    static boolean neverInAnIri(int c) {
        return c <= 0x20 || c >= 0x7F && c <= 0x9F || NEVER_IN_AN_IRI.indexOf(c) >= 0 || Character.isWhitespace(c);
    }

    static Text name(int c) {
        String hex = String.format(Locale.ROOT, "%04X", c);
        if (c == ' ') {
            return RdfMessages.IRI_CHARACTER_SPACE.text();
        }
        if (c == '\t') {
            return RdfMessages.IRI_CHARACTER_TAB.text();
        }
        if (Character.isISOControl(c) || Character.isWhitespace(c)) {
            return RdfMessages.IRI_CHARACTER_INVISIBLE.text(hex);
        }
        return RdfMessages.IRI_CHARACTER_NAMED.text(Character.toString(c), hex);
    }

    /** The character as an IRI writes it escaped: each byte of its UTF-8 as {@code %XX}. */
    static String percentEncoded(int c) {
        StringBuilder out = new StringBuilder();
        for (byte b : Character.toString(c).getBytes(StandardCharsets.UTF_8)) {
            out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xFF));
        }
        return out.toString();
    }

    private static String shorten(String iri) {
        String one = iri.replaceAll("\\p{Cntrl}", "?");
        return one.length() > SHOWN ? "…" + one.substring(one.length() - SHOWN) : one;
    }
}
