package org.opdl.schema.rdf;

import java.net.URI;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Text;
import org.opdl.model.vocab.Iris;
import org.opdl.schema.format.ReaderRule;

/**
 * Tells the IRIs a file wrote relative to no base of its own ({@code <program/1>} in Turtle with
 * no {@code @base}, {@code rdf:about="x"} without {@code xml:base}, a relative JSON-LD
 * {@code "@id"}). RDF resolves them against the document's address, which a file read from a disk
 * or standard input does not have, so opdl reads them against the OPDL namespace {@link Iris#BASE}
 * as it always has; but a listing's id or address would then become something the provider never
 * wrote, so each one is reported once, at its line, as {@code opdl.rdf.relative-iri}. The parser
 * is given {@link #BASE}, the OPDL path on a host reserved to be no one's (RFC 2606): an IRI it
 * resolves is recognised by that host, then put back on the OPDL host, which resolves exactly as
 * {@link Iris#BASE} does. An IRI resolved against a base the file declares is left alone.
 */
final class RelativeIris extends StreamRDFWrapper {

    /**
     * Relative IRIs placed at their line; later ones are named without it, as finding a line may
     * mean searching the whole file, and no more than this are shown for one rule anyway.
     */
    static final int PLACED = 20;

    private static final String HOST = "https://relative-iri.invalid";
    private static final String OPDL_HOST;
    /** The base the parser resolves against, so that what it resolves can be told. */
    static final String BASE;

    static {
        URI opdl = URI.create(Iris.BASE);
        OPDL_HOST = opdl.getScheme() + "://" + opdl.getRawAuthority();
        BASE = HOST + Iris.BASE.substring(OPDL_HOST.length());
    }

    private final String source;
    private final Lang lang;
    private final ToLongFunction<String> lines;
    private final Consumer<Finding> notes;
    private final Set<String> seen = new HashSet<>();
    /** The base the file declares relative ({@code @base <listing/>}), as the parser resolved it, or null. */
    private String relativeBase;

    /**
     * Hands {@code next} every triple with its relative IRIs read against {@link Iris#BASE}, and
     * {@code notes} one finding per relative IRI, placed by {@code lines} (0 when unknown).
     */
    RelativeIris(String source, Lang lang, ToLongFunction<String> lines, Consumer<Finding> notes, StreamRDF next) {
        super(next);
        this.source = source;
        this.lang = lang;
        this.lines = lines;
        this.notes = notes;
    }

    /** {@code iri} read against {@link Iris#BASE} if the parser resolved it against {@link #BASE}. */
    static String opdl(String iri) {
        return resolvedHere(iri) ? OPDL_HOST + iri.substring(HOST.length()) : iri;
    }

    /** {@code text} with every IRI resolved against {@link #BASE} shown against {@link Iris#BASE}, for messages. */
    static String withOpdlHost(String text) {
        return text.contains(HOST) ? text.replace(HOST, OPDL_HOST) : text;
    }

    private static boolean resolvedHere(String iri) {
        return iri.startsWith(HOST) && (iri.length() == HOST.length() || "/?#".indexOf(iri.charAt(HOST.length())) >= 0);
    }

    /**
     * A base the file declares relative to no base of its own (U55) is said once, at its line: the IRIs
     * written under it are then the file's own and are not named one by one, as the file never wrote
     * what they would be named by.
     */
    @Override
    public void base(String base) {
        relativeBase = resolvedHere(base) ? base : null;
        if (relativeBase != null) {
            String written = written(base);
            String read = opdl(base);
            if (seen.add(written)) {
                notes.accept(new Finding(ReaderRule.RDF_RELATIVE_IRI.id(), ReaderRule.RDF_RELATIVE_IRI.severity(),
                        new Location.Rdf(source, -1, "", read, "", lines.applyAsLong(written)),
                        RdfMessages.RELATIVE_BASE_READ_AS.text(written, read, Iris.BASE), RdfMessages.RELATIVE_BASE_FIX.text(read)));
            }
        }
        super.base(base);
    }

    @Override
    public void triple(Triple t) {
        super.triple(restore(t));
    }

    @Override
    public void quad(Quad q) {
        Triple t = restore(q.asTriple());
        Node g = q.getGraph();
        Node graph = g != null && g.isURI() && resolvedHere(g.getURI()) ? restore(g, t, true) : g;
        super.quad(Quad.create(graph, t));
    }

    private Triple restore(Triple t) {
        Node s = restore(t.getSubject(), t, true);
        Node p = restore(t.getPredicate(), t, false);
        Node o = restore(t.getObject(), t, false);
        return s == t.getSubject() && p == t.getPredicate() && o == t.getObject() ? t : Triple.create(s, p, o);
    }

    /** {@code n} read against the OPDL namespace; {@code named} when it is the node itself, not one of its statements. */
    private Node restore(Node n, Triple t, boolean named) {
        if (n.isURI() && resolvedHere(n.getURI())) {
            String read = opdl(n.getURI());
            note(t, n.getURI(), read, named);
            return NodeFactory.createURI(read);
        }
        if (n.isLiteral() && n.getLiteralDatatypeURI() != null && resolvedHere(n.getLiteralDatatypeURI())) {
            String read = opdl(n.getLiteralDatatypeURI());
            note(t, n.getLiteralDatatypeURI(), read, false);
            return NodeFactory.createLiteralDT(n.getLiteralLexicalForm(), TypeMapper.getInstance().getSafeTypeByName(read));
        }
        return n;
    }

    private void note(Triple t, String resolved, String read, boolean named) {
        if (relativeBase != null && resolved.startsWith(relativeBase)) {
            return;
        }
        String written = written(resolved);
        if (!seen.add(written)) {
            return;
        }
        Node s = t.getSubject();
        String subject = s.isURI() ? opdl(s.getURI()) : s.isBlank() ? "_:" + s.getBlankNodeLabel() : s.toString();
        String predicate = named || !t.getPredicate().isURI() ? "" : opdl(t.getPredicate().getURI());
        notes.accept(new Finding(ReaderRule.RDF_RELATIVE_IRI.id(), ReaderRule.RDF_RELATIVE_IRI.severity(),
                new Location.Rdf(source, -1, "", subject, predicate, seen.size() <= PLACED ? lines.applyAsLong(written) : 0),
                RdfMessages.RELATIVE_IRI_READ_AS.text(written, read, Iris.BASE), fix(read)));
    }

    /** The IRI as written, when it was written under the base's path (program/1, #x); else its path. */
    private static String written(String resolved) {
        return resolved.startsWith(BASE) ? resolved.substring(BASE.length()) : resolved.substring(HOST.length());
    }

    private Text fix(String read) {
        if (lang.equals(Lang.RDFXML)) {
            return RdfMessages.RELATIVE_IRI_FIX_RDFXML.text(read, Iris.BASE);
        }
        if (lang.equals(Lang.JSONLD11) || lang.equals(Lang.JSONLD)) {
            return RdfMessages.RELATIVE_IRI_FIX_JSONLD.text(read, Iris.BASE, OpdlContext.IRI);
        }
        return RdfMessages.RELATIVE_IRI_FIX_TURTLE.text(read, Iris.BASE);
    }
}
