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
        try {
            check(t, t.getSubject());
            check(t, t.getPredicate());
            check(t, t.getObject());
            predicate(t);
        } catch (ReadException e) {
            refusal = e;
            throw e;
        }
        super.triple(t);
    }

    @Override
    public void quad(org.apache.jena.sparql.core.Quad q) {
        try {
            Triple t = q.asTriple();
            check(t, t.getSubject());
            check(t, t.getPredicate());
            check(t, t.getObject());
            predicate(t);
        } catch (ReadException e) {
            refusal = e;
            throw e;
        }
        super.quad(q);
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
                    new Text("a statement whose property is not an IRI (" + shorten(t.getPredicate().toString()) + ")",
                            "un énoncé dont la propriété n'est pas un IRI (" + shorten(t.getPredicate().toString()) + ")"),
                    new Text("name every property by its full IRI, as opdl convert writes them",
                            "nommez chaque propriété par son IRI complet, comme les écrit opdl convert"));
        }
    }

    private void check(Triple t, Node n) {
        if (n.isTripleTerm()) {
            throw unsupported(t, "a triple term (<<( … )>>)", "un terme triplet (<<( … )>>)");
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
            throw unsupported(t, "a base direction on a language tag (--ltr or --rtl)",
                    "une direction de base sur une étiquette de langue (--ltr ou --rtl)");
        }
        String type = n.getLiteralDatatypeURI();
        if (type != null && type.startsWith(I18N)) {
            throw unsupported(t, "a base direction (@direction)", "une direction de base (@direction)");
        }
        if (RDF.Nodes.JSON.getURI().equals(type)) {
            throw unsupported(t, "a literal of type rdf:JSON", "un littéral de type rdf:JSON");
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
        return LimitErrors.limit(ReaderRule.LIMIT_RDF, where(t),
                "a literal or IRI is longer than " + limits.maxStringLength() + " characters",
                "un littéral ou un IRI dépasse " + limits.maxStringLength() + " caractères", "--max-string-length");
    }

    private ReadException unsupported(Triple t, String en, String fr) {
        return new ReadException(ReaderRule.SYNTAX_RDF, where(t),
                new Text("unsupported RDF 1.2 feature: " + en + "; an OPDL listing is made of plain triples",
                        "fonction RDF 1.2 non prise en charge : " + fr + "; une fiche OPDL n'est faite que de triplets simples"),
                new Text("write the statement as plain triples, as opdl convert writes them",
                        "écrivez l'énoncé en triplets simples, comme les écrit opdl convert"));
    }
}
