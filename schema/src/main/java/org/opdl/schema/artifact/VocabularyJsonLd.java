package org.opdl.schema.artifact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes the vocabulary in JSON-LD from the vocabulary in Turtle, so that both formats say the same
 * graph: the Turtle's prefixes become the context, each subject one node of {@code @graph} in the
 * Turtle's order, and each RDF list (the ordered scales) a {@code @list}. Because it reads the
 * Turtle, it also gives the JSON-LD of a released version from that version's frozen Turtle.
 */
final class VocabularyJsonLd {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String GEN_DELIMS = ":/?#[]@";

    private final Map<String, String> prefixes = new LinkedHashMap<>();
    private final Map<Node, Map<Node, List<Node>>> subjects = new LinkedHashMap<>();

    private VocabularyJsonLd() {
    }

    /** The JSON-LD document that says the same graph as this Turtle text. */
    static String fromTurtle(String turtle) {
        VocabularyJsonLd doc = new VocabularyJsonLd();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(new StreamRDFBase() {
            @Override
            public void prefix(String prefix, String iri) {
                doc.prefixes.put(prefix, iri);
            }

            @Override
            public void triple(Triple t) {
                doc.subjects.computeIfAbsent(t.getSubject(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getObject());
            }
        });
        return Json.pretty(doc.document());
    }

    private JsonNode document() {
        ObjectNode root = JSON.objectNode();
        ObjectNode context = root.putObject("@context");
        prefixes.forEach(context::put);
        ArrayNode graph = root.putArray("@graph");
        subjects.forEach((subject, properties) -> {
            if (subject.isBlank()) {
                return;
            }
            graph.add(node(subject, properties));
        });
        return root;
    }

    private ObjectNode node(Node subject, Map<Node, List<Node>> properties) {
        ObjectNode out = JSON.objectNode();
        out.put("@id", compact(subject.getURI()));
        properties.forEach((predicate, objects) -> {
            if (predicate.equals(RDF.type.asNode())) {
                ArrayNode types = JSON.arrayNode();
                objects.forEach(o -> types.add(compact(o.getURI())));
                out.set("@type", types.size() == 1 ? types.get(0) : types);
                return;
            }
            ArrayNode values = JSON.arrayNode();
            objects.forEach(o -> values.add(value(o)));
            out.set(compact(predicate.getURI()), values.size() == 1 ? values.get(0) : values);
        });
        return out;
    }

    private JsonNode value(Node o) {
        if (o.isURI()) {
            return JSON.objectNode().put("@id", compact(o.getURI()));
        }
        if (o.isBlank()) {
            ArrayNode items = JSON.arrayNode();
            for (Node cell = o; !cell.equals(RDF.nil.asNode()); cell = only(cell, RDF.rest.asNode())) {
                items.add(value(only(cell, RDF.first.asNode())));
            }
            return JSON.objectNode().set("@list", items);
        }
        String lang = o.getLiteralLanguage();
        if (!lang.isEmpty()) {
            return JSON.objectNode().put("@value", o.getLiteralLexicalForm()).put("@language", lang);
        }
        if (o.getLiteralDatatypeURI().equals(XSD.xstring.getURI())) {
            return JSON.stringNode(o.getLiteralLexicalForm());
        }
        return JSON.objectNode().put("@value", o.getLiteralLexicalForm()).put("@type", compact(o.getLiteralDatatypeURI()));
    }

    /** The one object of a list cell's rdf:first or rdf:rest; the vocabulary has no other blank nodes. */
    private Node only(Node cell, Node predicate) {
        List<Node> objects = subjects.getOrDefault(cell, Map.of()).getOrDefault(predicate, List.of());
        if (objects.size() != 1) {
            throw new IllegalStateException("the vocabulary has a blank node that is not a well-formed RDF list: " + cell);
        }
        return objects.get(0);
    }

    /**
     * The IRI as a compact IRI when a prefix whose IRI ends with a JSON-LD 1.1 gen-delim covers it
     * (others are not prefixes to a JSON-LD 1.1 processor), else the full IRI.
     */
    private String compact(String iri) {
        for (Map.Entry<String, String> p : prefixes.entrySet()) {
            String ns = p.getValue();
            String local = iri.startsWith(ns) ? iri.substring(ns.length()) : null;
            if (local != null && !local.isEmpty() && !local.startsWith("//")
                    && GEN_DELIMS.indexOf(ns.charAt(ns.length() - 1)) >= 0) {
                return p.getKey() + ":" + local;
            }
        }
        return iri;
    }
}
