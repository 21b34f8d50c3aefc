package org.opdl.schema.rdf;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Text;
import org.opdl.model.vocab.Iris;
import org.opdl.model.vocab.Vocabulary;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.ReaderRule;

/**
 * Puts Jena's words for some Turtle and N-Triples syntax errors into plain words, with the fix: a
 * graph name those syntaxes do not have (the fourth term of an N-Quads line, "Triple not terminated
 * by DOT: [IRI:…]"; a TriG block {@code { … }}, {@code <g> { … }} or {@code GRAPH <g> { … }}), a
 * prefix used and never declared (with the line that declares it when opdl writes that prefix), a
 * slash in a prefixed name, such as a listing id copied from JSON, which Turtle allows only escaped,
 * an escape that names no character (half of a surrogate pair, or a code point past U+10FFFF), a
 * language tag that is not one ({@code @fr-}, {@code @fr_CA}), a file cut off in the middle of a
 * statement, a text left open at the end of its line, a byte-order mark in the middle of the file
 * (files joined together), and, through {@link IriWords}, an address that cannot be read, and
 * through {@link XmlWords}, what RDF/XML must escape in a text.
 */
final class RiotWords {

    /** N-Triples: a term where the dot should end the triple. */
    private static final Pattern FOURTH_TERM = Pattern.compile("Triple not terminated by DOT: \\[(IRI|BNODE):(.*)\\]");
    /** Turtle: a term after the object, which is either a dot forgotten before the next subject or a graph name. */
    private static final String GOES_ON = "Triples not terminated by DOT";
    /** Turtle: a brace or the GRAPH keyword, where TriG opens a named graph. */
    private static final Pattern BLOCK = Pattern.compile(
            "Not a valid token for an RDF term: \\[LBRACE\\]|Out of place: \\[KEYWORD:GRAPH\\]|Not implemented \\(formulae, graph literals\\)");

    /** Turtle: a slash in a prefixed name, as a listing id copied from JSON writes it ({@code listing:spira/mentorat}). */
    private static final String SLASH = "Not a valid token for an RDF term: [SLASH]";

    /** Turtle and N-Triples: an escape of half a surrogate pair, without its other half. */
    private static final Pattern LONE_SURROGATE = Pattern.compile("Bad surrogate \\(.*\\): 0x([0-9A-Fa-f]{4})");
    /** Turtle and N-Triples: an escape of a code point past U+10FFFF, the last character. */
    private static final Pattern NO_CHARACTER = Pattern.compile("Illegal code point from \\\\U sequence value: 0x([0-9A-Fa-f]+)");

    /** Turtle and N-Triples: a language tag that is not one ({@code @fr-}), or with a base direction that is not one. */
    private static final String BAD_LANGUAGE_TAG = "Bad language tag";
    /** N-Triples: an underscore where the triple should end, as after a language tag written {@code @fr_CA}. */
    private static final String UNDERSCORE = "Triple not terminated by DOT: [UNDERSCORE]";

    /** Turtle and N-Triples: the end of the file where a term, a dot or the rest of a text should come. */
    private static final Pattern CUT_OFF = Pattern.compile(".*\\[EOF\\]|Broken token: .*|Broken long string|Premature end of file.*"
            + "|XML document structures must start and end within the same entity\\.", Pattern.DOTALL);
    /** Turtle and N-Triples: a text in "…" that reaches the end of its line. */
    private static final String TEXT_OVER_LINES = "Broken token (newline in string)";

    /** Turtle: a prefix used and never declared. */
    private static final Pattern UNDEFINED_PREFIX = Pattern.compile("Undefined prefix: (.*)");

    private RiotWords() {
    }

    /** The error in plain words for Jena's {@code detail}, at its line and column, or null when it is not one of these. */
    static ReadException explain(String source, String format, String detail, long line, long col) {
        Location at = new Location.Text(source, Math.max(0, line), Math.max(0, col));
        if (detail.indexOf('\uFEFF') >= 0) {
            // Jena reads a byte-order mark after the start of the file as part of the word it stands before.
            return error(at, format, RdfMessages.BOM_INSIDE.text(), RdfMessages.BOM_INSIDE_FIX.text());
        }
        Matcher fourth = FOURTH_TERM.matcher(detail);
        if (fourth.matches()) {
            String name = fourth.group(1).equals("IRI") ? "<" + fourth.group(2) + ">" : "_:" + fourth.group(2);
            return error(at, format, RdfMessages.GRAPH_NAME_FOURTH_TERM.text(name, format), RdfMessages.GRAPH_NAME_REMOVE.text());
        }
        if (detail.equals(GOES_ON)) {
            return error(at, format, RdfMessages.GRAPH_NAME_OR_DOT.text(format), RdfMessages.GRAPH_NAME_OR_DOT_FIX.text());
        }
        Matcher prefix = UNDEFINED_PREFIX.matcher(detail);
        if (prefix.matches()) {
            String name = prefix.group(1);
            String iri = standardPrefix(name);
            return error(at, format, RdfMessages.PREFIX_UNDECLARED.text(name),
                    iri == null ? RdfMessages.PREFIX_UNDECLARED_FIX.text(name) : RdfMessages.PREFIX_UNDECLARED_OPDL_FIX.text(name, iri));
        }
        if (detail.equals(SLASH)) {
            return error(at, format, RdfMessages.PREFIXED_NAME_SLASH.text(), RdfMessages.PREFIXED_NAME_SLASH_FIX.text());
        }
        Matcher lone = LONE_SURROGATE.matcher(detail);
        if (lone.matches()) {
            return error(at, format, RdfMessages.ESCAPE_LONE_SURROGATE.text(lone.group(1).toUpperCase(Locale.ROOT)), RdfMessages.ESCAPE_LONE_SURROGATE_FIX.text());
        }
        Matcher beyond = NO_CHARACTER.matcher(detail);
        if (beyond.matches()) {
            return error(at, format, RdfMessages.ESCAPE_NO_CHARACTER.text(beyond.group(1).toUpperCase(Locale.ROOT)), RdfMessages.ESCAPE_NO_CHARACTER_FIX.text());
        }
        if (CUT_OFF.matcher(detail).matches()) {
            return error(at, format, RdfMessages.FILE_CUT_OFF.text(), RdfMessages.FILE_CUT_OFF_FIX.text());
        }
        if (detail.equals(TEXT_OVER_LINES)) {
            return error(at, format, RdfMessages.TEXT_NOT_CLOSED_LINE.text(), RdfMessages.TEXT_NOT_CLOSED_LINE_FIX.text());
        }
        if (detail.startsWith(BAD_LANGUAGE_TAG)) {
            return error(at, format, RdfMessages.LANG_TAG_BAD.text(), RdfMessages.LANG_TAG_BAD_FIX.text());
        }
        if (detail.equals(UNDERSCORE)) {
            return error(at, format, RdfMessages.LANG_TAG_UNDERSCORE.text(), RdfMessages.LANG_TAG_UNDERSCORE_FIX.text());
        }
        ReadException xml = XmlWords.explain(at, format, detail);
        if (xml != null) {
            return xml;
        }
        ReadException address = IriWords.explain(at, format, detail);
        if (address != null) {
            return address;
        }
        if (BLOCK.matcher(detail).matches()) {
            return error(at, format, RdfMessages.GRAPH_NAME_BLOCK.text(format), RdfMessages.GRAPH_NAME_BLOCK_FIX.text());
        }
        return null;
    }

    /** The namespace of a prefix opdl writes ({@code opdl}, {@code listing}, a concept scheme…), or null. */
    private static String standardPrefix(String name) {
        return switch (name) {
            case "opdl" -> Iris.NS;
            case "listing" -> Iris.LISTING;
            case "provider" -> Iris.PROVIDER;
            case "xsd" -> ListingToRdf.XSD;
            default -> Vocabulary.standard().scheme(name).isPresent() ? Iris.concept(name, "") : null;
        };
    }

    static ReadException error(Location at, String format, Text what, Text fix) {
        return new ReadException(ReaderRule.SYNTAX_RDF, at, RdfMessages.SYNTAX_RDF_FILE_NOT_VALID_3.text(format, what), fix);
    }
}
