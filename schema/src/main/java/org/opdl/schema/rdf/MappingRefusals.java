package org.opdl.schema.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.opdl.model.field.Field;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Text;
import org.opdl.model.vocab.Iris;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.ReaderRule;

/**
 * The refusals of a graph that cannot be mapped to listings ({@code opdl.convert.unmappable}), placed
 * at the subject and predicate of the triple that stopped the mapping.
 */
final class MappingRefusals {

    private MappingRefusals() {
    }

    /** The refusal of a triple: the graph holds {@code what}, with the general fix. */
    static ReadException error(String source, int record, String pointer, Node s, String p, Text what) {
        return error(source, record, pointer, s, p, what, RdfMessages.CONVERT_UNMAPPABLE_WRITE_LISTING_OPDL.text());
    }

    /** The refusal of a triple: the graph holds {@code what}, with {@code fix}. */
    static ReadException error(String source, int record, String pointer, Node s, String p, Text what, Text fix) {
        return stated(source, record, pointer, s, p, RdfMessages.CONVERT_UNMAPPABLE_GRAPH_HOLDS.text(what), fix);
    }

    /**
     * The refusal of a value {@code o} of the wrong kind for its field. A blank node is named by what
     * the author wrote, a list inside a list or a node, never by a label the processor made up.
     */
    static ReadException wrongKind(Graph g, String source, int record, String pointer, Node s, String p, Node o) {
        if (!o.isBlank()) {
            return error(source, record, pointer, s, p, RdfMessages.VALUE_WRONG_KIND.text(o));
        }
        if (g.contains(o, RDF.Nodes.first, Node.ANY)) {
            return error(source, record, pointer, s, p, RdfMessages.VALUE_LIST_IN_LIST.text(), RdfMessages.VALUE_LIST_IN_LIST_FIX.text());
        }
        return error(source, record, pointer, s, p, RdfMessages.VALUE_NODE_NOT_VALUE.text());
    }

    /**
     * The refusal of a text {@code o} where {@code field} holds a node: JSON-LD reads a string as a
     * text, not as the node it names, as when an organisation described in {@code @included} is named
     * by {@code "provider": "provider:cmpa"}. The fix writes an object that gives the id, in JSON-LD,
     * or the node itself, in the other syntaxes.
     */
    static ReadException textForNode(String source, int record, String pointer, Node s, Field field, Node o, boolean jsonLd) {
        String text = o.getLiteralLexicalForm();
        if (jsonLd) {
            return stated(source, record, pointer, s, field.propertyIri(), RdfMessages.TEXT_FOR_NODE_JSON_LD.text(field.name(), text),
                    RdfMessages.TEXT_FOR_NODE_FIX_JSON_LD.text(field.name(), text));
        }
        String property = "opdl:" + field.propertyIri().substring(field.propertyIri().lastIndexOf('#') + 1);
        return stated(source, record, pointer, s, field.propertyIri(), RdfMessages.TEXT_FOR_NODE.text(property, text),
                RdfMessages.TEXT_FOR_NODE_FIX.text());
    }

    /**
     * The refusal of an address {@code iri} where the code field {@code field} takes a concept of its
     * scheme, as when a Turtle prefix of the scheme is bound to another address, or bound again lower
     * in the file: the fix names the scheme's namespace and the code the address ends with.
     */
    static ReadException outsideScheme(String source, int record, String pointer, Node s, Field field, String iri, boolean jsonLd) {
        String scheme = field.scheme().orElse("");
        String namespace = Iris.concept(scheme, "");
        String code = iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
        Text fix = jsonLd ? RdfMessages.CONCEPT_OUTSIDE_SCHEME_FIX_JSON_LD.text(scheme, code)
                : RdfMessages.CONCEPT_OUTSIDE_SCHEME_FIX.text(scheme, namespace, code);
        return stated(source, record, pointer, s, field.propertyIri(), RdfMessages.CONCEPT_OUTSIDE_SCHEME.text(iri, scheme, namespace), fix);
    }

    /**
     * The refusal of a literal {@code o} that is not a whole number where {@code field} takes one: a
     * number written with a decimal point or an exponent ({@code 15.0}, {@code 1e3}, which Turtle reads
     * as a decimal or a double), or a word, named as written with the form the field takes.
     */
    static ReadException notWhole(String source, int record, String pointer, Node s, Field field, Node o) {
        String written = o.getLiteralLexicalForm();
        String property = "opdl:" + field.propertyIri().substring(field.propertyIri().lastIndexOf('#') + 1);
        boolean number = written.strip().matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
        return stated(source, record, pointer, s, field.propertyIri(),
                (number ? RdfMessages.NOT_WHOLE_NUMBER : RdfMessages.NOT_WHOLE_TEXT).text(written, property),
                RdfMessages.NOT_WHOLE_FIX.text());
    }

    /** The refusal of a triple in {@code text}, said whole. */
    static ReadException stated(String source, int record, String pointer, Node s, String p, Text text, Text fix) {
        String subject = s.isURI() ? s.getURI() : "_:" + s.getBlankNodeLabel();
        return new ReadException(ReaderRule.CONVERT_UNMAPPABLE, new Location.Rdf(source, record, pointer, subject, p, 0), text, fix);
    }
}
