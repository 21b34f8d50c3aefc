package org.opdl.schema.rdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Text;
import org.opdl.schema.format.LimitErrors;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ReadException;

/**
 * The one way opdl's readers hand RDF to Jena: strict parsing, the warnings that mean broken syntax
 * treated as errors ({@link RiotErrors}), JSON-LD contexts served only from the jar, and RDF/XML
 * with a DOCTYPE or entity declaration refused before parsing. The Turtle, JSON-LD, RDF/XML and
 * N-Triples readers all parse through here, and so do the W3C conformance tests.
 */
public final class RdfSyntax {

    private static final Pattern DTD = Pattern.compile("<!(DOCTYPE|ENTITY)", Pattern.CASE_INSENSITIVE);

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
     * As {@link #parse(String, InputStream, Lang, String, StreamRDF)}, with RDF/XML elements nested
     * no deeper than twice {@link Limits#maxDepth()} (each level of a listing is a node element and a
     * property element): the JDK's DOM code behind {@code rdf:parseType="Literal"} recurses once per
     * element, so 100,000 nested elements would end in a {@link StackOverflowError}.
     */
    public static void parse(String source, InputStream in, Lang lang, String base, StreamRDF sink, Limits limits) {
        RiotErrors errors = new RiotErrors(source, name(lang), limits.jsonLdTime());
        InputStream input = in;
        if (lang.equals(Lang.RDFXML)) {
            byte[] bytes = readAll(in);
            refuseDtd(source, bytes);
            checkDepth(source, bytes, 2 * limits.maxDepth());
            input = new ByteArrayInputStream(bytes);
        }
        try {
            RDFParser.create().source(input).lang(lang).base(base).strict(true).errorHandler(errors)
                    .context(JsonLdLoading.jenaContext(limits.jsonLdTime())).parse(sink);
        } catch (ReadException e) {
            throw e;
        } catch (RiotException e) {
            throw errors.syntax(e.getMessage(), -1, -1);
        } catch (java.util.IllegalFormatException e) {
            // Jena 5.6 formats its message for a '%' at the end of a prefixed name with the end-of-file
            // marker as a character and fails doing so; found by fuzzing N-Triples.
            throw errors.syntax("a % escape in a prefixed name is cut off at the end of the file", -1, -1);
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

    /** Streams the elements (StAX does not recurse) and refuses nesting deeper than {@code max}. */
    private static void checkDepth(String source, byte[] bytes, int max) {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(bytes));
            int depth = 0;
            while (r.hasNext()) {
                int e = r.next();
                if (e == XMLStreamConstants.START_ELEMENT && ++depth > max) {
                    throw LimitErrors.limit("opdl.limit.depth", new Location.Text(source, r.getLocation().getLineNumber(),
                            r.getLocation().getColumnNumber()), "the RDF/XML nests elements deeper than " + max,
                            "le RDF/XML imbrique des éléments sur plus de " + max + " niveaux", "--max-depth");
                } else if (e == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        } catch (XMLStreamException e) {
            // Not well-formed: Jena reports it with its place.
        }
    }

    private static void refuseDtd(String source, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        var m = DTD.matcher(text);
        if (m.find()) {
            long line = text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
            throw new ReadException("opdl.syntax.rdfxml-dtd", new Location.Text(source, line, 0),
                    new Text("the RDF/XML declares a DOCTYPE or entities, which opdl refuses for safety (they can read files or expand without end)",
                            "le RDF/XML déclare un DOCTYPE ou des entités, ce qu'opdl refuse par sécurité (ils peuvent lire des fichiers ou grossir sans fin)"),
                    new Text("remove the <!DOCTYPE …> and write entity values out in full",
                            "supprimez le <!DOCTYPE …> et écrivez les valeurs des entités en toutes lettres"));
        }
    }
}
