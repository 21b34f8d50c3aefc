package org.opdl.schema.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.vocabulary.RDF;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Text;
import org.opdl.schema.format.LimitErrors;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.ReaderRule;

/**
 * Stops at the first term a listing cannot carry, naming its subject and predicate, before a reader
 * maps it: an RDF 1.2 triple term, a literal with a base direction ({@code @en--ltr}) or of type
 * {@code rdf:JSON}, or a literal or IRI longer than {@link Limits#maxStringLength()}. Without it
 * the mapping would drop a direction or a datatype without a word, whatever the syntax the triple
 * came from. It applies to any RDF, listing or not, so the W3C syntax suites run through it too.
 */
final class TermCheck extends StreamRDFWrapper {

    /** The datatypes in which JSON-LD writes a base direction ({@code @direction}) as RDF. */
    private static final String I18N = "https://www.w3.org/ns/i18n#";

    private final String source;
    private final Limits limits;
    private ReadException refusal;

    TermCheck(String source, Limits limits, StreamRDF next) {
        super(next);
        this.source = source;
        this.limits = limits;
    }

    @Override
    public void triple(Triple t) {
        checkTriple(t);
        super.triple(t);
    }

    @Override
    public void quad(org.apache.jena.sparql.core.Quad q) {
        checkTriple(q.asTriple());
        super.quad(q);
    }

    /** Checks the three terms of {@code t} and its predicate, keeping the refusal should the parser swallow it. */
    private void checkTriple(Triple t) {
        try {
            check(t, t.getSubject());
            check(t, t.getPredicate());
            check(t, t.getObject());
            predicate(t);
        } catch (ReadException e) {
            refusal = e;
            throw e;
        }
    }

    /**
     * The error this check threw, if any: the JSON-LD reader catches what its sink throws and
     * reports only the message, without the subject and predicate.
     */
    ReadException refusal() {
        return refusal;
    }

    /** A predicate that is not an IRI (a parser may let a blank node through): RDF names properties by IRI. */
    private void predicate(Triple t) {
        if (!t.getPredicate().isURI()) {
            throw new ReadException(ReaderRule.SYNTAX_RDF, where(t),
                    RdfMessages.SYNTAX_RDF_STATEMENT_WHOSE_PROPERTY.text(shorten(t.getPredicate().toString())),
                    RdfMessages.SYNTAX_RDF_NAME_EVERY_PROPERTY.text());
        }
    }

    private void check(Triple t, Node n) {
        if (n.isTripleTerm()) {
            throw unsupported(t, RdfMessages.TRIPLE_TERM.text());
        }
        if (n.isURI() && n.getURI().length() > limits.maxStringLength()) {
            throw tooLong(t);
        }
        if (!n.isLiteral()) {
            return;
        }
        if (n.getLiteralLexicalForm().length() > limits.maxStringLength()) {
            throw tooLong(t);
        }
        if (n.getLiteralBaseDirection() != null && n.getLiteralBaseDirection() != Node.noTextDirection) {
            throw unsupported(t, RdfMessages.BASE_DIRECTION_LANGUAGE.text());
        }
        String type = n.getLiteralDatatypeURI();
        if (type != null && type.startsWith(I18N)) {
            throw unsupported(t, RdfMessages.BASE_DIRECTION_DIRECTION.text());
        }
        if (RDF.Nodes.JSON.getURI().equals(type)) {
            throw unsupported(t, RdfMessages.LITERAL_TYPE_RDF.text());
        }
    }

    private Location where(Triple t) {
        Node s = t.getSubject();
        String subject = s.isURI() ? s.getURI() : s.isBlank() ? "_:" + s.getBlankNodeLabel() : s.toString();
        String predicate = t.getPredicate().isURI() ? t.getPredicate().getURI() : "";
        return new Location.Rdf(source, -1, "", shorten(subject), shorten(predicate), 0);
    }

    private static String shorten(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    private ReadException tooLong(Triple t) {
        return LimitErrors.limit(ReaderRule.LIMIT_RDF, where(t), RdfMessages.LITERAL_IRI_LONGER.text(limits.maxStringLength()), "--max-string-length");
    }

    private ReadException unsupported(Triple t, Text what) {
        return new ReadException(ReaderRule.SYNTAX_RDF, where(t),
                RdfMessages.SYNTAX_RDF_UNSUPPORTED_RDF_1.text(what),
                RdfMessages.WRITE_STATEMENT_PLAIN.text());
    }
}
