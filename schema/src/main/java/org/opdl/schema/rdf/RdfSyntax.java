package org.opdl.schema.rdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.IllegalFormatException;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.schema.format.LimitErrors;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.ReaderRule;

/**
 * The one way opdl's readers hand RDF to Jena: strict parsing, the warnings that mean broken syntax
 * treated as errors ({@link RiotErrors}), JSON-LD contexts served only from the jar, Turtle and
 * N-Triples scanned as they are read ({@link TurtleScan}), RDF/XML checked before parsing ({@link
 * RdfXmlScan}), and every triple checked for terms a listing cannot carry ({@link TermCheck}). The
 * Turtle, JSON-LD, RDF/XML and N-Triples readers all parse through here, and so do the W3C
 * conformance tests.
 */
public final class RdfSyntax {

    private RdfSyntax() {
    }

    /**
     * Parses {@code in} as {@code lang}, resolving relative IRIs against {@code base}, and hands
     * every triple to {@code sink}.
     *
     * @throws ReadException for any syntax error, with the line and column when Jena gives them
     */
    public static void parse(String source, InputStream in, Lang lang, String base, StreamRDF sink) {
        parse(source, in, lang, base, sink, Limits.DEFAULT);
    }

    /**
     * As {@link #parse(String, InputStream, Lang, String, StreamRDF)}, under {@code limits}: Turtle
     * and N-Triples nest {@code [ ]} and {@code ( )} no deeper than {@link Limits#maxDepth()} and
     * RDF/XML elements no deeper than twice that (Jena's parsers, and the JDK's DOM code behind
     * {@code rdf:parseType="Literal"}, recurse once per level, so 100,000 levels would end in a
     * {@link StackOverflowError}); no literal or IRI is longer than {@link Limits#maxStringLength()}.
     */
    public static void parse(String source, InputStream in, Lang lang, String base, StreamRDF sink, Limits limits) {
        parse(source, in, lang, base, sink, limits, null);
    }

    /**
     * As {@link #parse(String, InputStream, Lang, String, StreamRDF, Limits)} for a listings file,
     * which has no address of its own: an IRI it writes relative to no base it declares is read
     * against the OPDL namespace {@link org.opdl.model.vocab.Iris#BASE}, and {@code notes} is told
     * of each such IRI once, at its line ({@code opdl.rdf.relative-iri}; see {@link RelativeIris}).
     */
    public static void parseListings(String source, InputStream in, Lang lang, StreamRDF sink, Limits limits, Consumer<Finding> notes) {
        parse(source, in, lang, RelativeIris.BASE, sink, limits, notes);
    }

    private static void parse(String source, InputStream in, Lang lang, String base, StreamRDF sink, Limits limits, Consumer<Finding> notes) {
        InputStream input = in;
        ToLongFunction<String> lines = written -> 0;
        // JSON-LD is processed whole, so its bytes are read first: its deadline grows with their number.
        Duration deadline = limits.jsonLdTime();
        boolean jsonLd = lang.equals(Lang.JSONLD11) || lang.equals(Lang.JSONLD);
        TurtleScan turtle = null;
        if (lang.equals(Lang.RDFXML) || jsonLd || notes != null && !lang.equals(Lang.TURTLE) && !lang.equals(Lang.NTRIPLES)) {
            byte[] bytes = readAll(in);
            deadline = limits.jsonLdTimeFor(bytes.length);
            if (lang.equals(Lang.RDFXML)) {
                RdfXmlScan.check(source, bytes, limits);
            }
            input = new ByteArrayInputStream(bytes);
            lines = written -> WrittenIris.lineIn(bytes, written);
        } else if (lang.equals(Lang.TURTLE) || lang.equals(Lang.NTRIPLES)) {
            TurtleScan scan = new TurtleScan(source, in, limits);
            input = scan;
            lines = scan.written()::line;
            turtle = scan;
        }
        RiotErrors errors = new RiotErrors(source, name(lang), deadline, limits.jsonLdTime());
        TermCheck check = new TermCheck(source, limits, sink);
        StreamRDF first = notes == null ? check : new RelativeIris(source, lang, lines, notes, check);
        if (turtle != null && notes != null) {
            first = new PrefixBindings(source, turtle.prefixes()::line, first);
        }
        try {
            RDFParser.create().source(input).lang(lang).base(base).strict(true).errorHandler(errors)
                    .context(JsonLdLoading.jenaContext(deadline)).parse(first);
        } catch (ReadException e) {
            throw check.refusal() != null ? check.refusal() : e;
        } catch (RiotException e) {
            if (check.refusal() != null) {
                throw check.refusal();
            }
            throw errors.syntax(e.getMessage(), -1, -1);
        } catch (org.apache.jena.irix.IRIException e) {
            // A @base or BASE IRI that cannot be parsed escapes Jena's error handler (found by fuzzing).
            throw errors.syntax(e.getMessage(), -1, -1);
        } catch (org.apache.jena.shared.JenaException e) {
            // Not every parser error is a RiotException: RDF/XML with a language tag whose base
            // direction is neither ltr nor rtl fails in Jena's literal factory (found by fuzzing).
            if (check.refusal() != null) {
                throw check.refusal();
            }
            throw errors.syntax(e.getMessage(), -1, -1);
        } catch (IllegalFormatException e) {
            // Jena 5.6 formats its message for a '%' at the end of a prefixed name with the end-of-file
            // marker as a character and fails doing so; found by fuzzing N-Triples.
            throw errors.syntax("a % escape in a prefixed name is cut off at the end of the file", -1, -1);
        } catch (StackOverflowError e) {
            // The scans above bound nesting; this is the net for a recursion they do not foresee.
            throw LimitErrors.limit(ReaderRule.LIMIT_RDF, new Location.Text(source, 0, 0), RdfMessages.LIMIT_RDF_NESTS_TOO_DEEPLY.text(name(lang)),
                    "--max-depth");
        }
    }

    /** The name of {@code lang} in messages. */
    static String name(Lang lang) {
        if (lang.equals(Lang.TURTLE)) {
            return "Turtle";
        }
        if (lang.equals(Lang.NTRIPLES)) {
            return "N-Triples";
        }
        if (lang.equals(Lang.RDFXML)) {
            return "RDF/XML";
        }
        return lang.equals(Lang.JSONLD11) || lang.equals(Lang.JSONLD) ? "JSON-LD" : lang.getLabel();
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
