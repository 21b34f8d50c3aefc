package org.opdl.schema.rdf;

import static org.opdl.schema.rdf.MappingRefusals.error;

import java.math.BigInteger;
import java.util.List;
import org.apache.jena.graph.Node;
import org.opdl.model.field.Field;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON values of literals, as {@link RdfToListing} reads them: a text field's language-tagged
 * literals as one language map, a whole number in the smallest JSON number that holds it, and the
 * refusal of markup that would change the provider's words.
 */
final class LiteralValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String RDF_XML_LITERAL = "http://www.w3.org/1999/02/22-rdf-syntax-ns#XMLLiteral";
    private static final String RDF_HTML = "http://www.w3.org/1999/02/22-rdf-syntax-ns#HTML";

    private LiteralValues() {
    }

    /** {@code n} as an int, a long or a big integer, whichever is the smallest to hold it. */
    static JsonNode normal(BigInteger n) {
        if (n.bitLength() < 32) {
            return NODES.numberNode(n.intValue());
        }
        if (n.bitLength() < 64) {
            return NODES.numberNode(n.longValue());
        }
        return NODES.numberNode(n);
    }

    /** The language map of a text field: one literal per language, each with its tag. */
    static ObjectNode text(List<Node> nodes, Field f, String pointer, Node s, String source, int record) {
        ObjectNode map = NODES.objectNode();
        for (Node o : nodes) {
            refuseMarkup(o, f, pointer, s, source, record);
            String lang = o.isLiteral() ? o.getLiteralLanguage() : "";
            if (lang.isEmpty() || map.has(lang)) {
                throw error(source, record, pointer, s, f.propertyIri(), lang.isEmpty()
                        ? RdfMessages.TEXT_WITHOUT_LANGUAGE.text()
                        : RdfMessages.TWO_TEXTS_LANGUAGE.text(lang));
            }
            map.put(lang, o.getLiteralLexicalForm());
        }
        return map;
    }

    /**
     * Refuses an XML or HTML literal ({@code rdf:parseType="Literal"} in RDF/XML): its lexical form
     * is markup, and taking it as text would change the provider's words without a word.
     */
    static void refuseMarkup(Node o, Field f, String pointer, Node s, String source, int record) {
        if (o.isLiteral() && (o.getLiteralDatatypeURI().equals(RDF_XML_LITERAL) || o.getLiteralDatatypeURI().equals(RDF_HTML))) {
            throw error(source, record, pointer, s, f.propertyIri(), RdfMessages.XML_HTML_LITERAL.text());
        }
    }
}
