package org.opdl.schema.rdf;

import java.util.Locale;
import org.opdl.schema.format.ReaderRule;
import org.opdl.model.field.JsonPointer;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.opdl.model.vocab.Iris;
import org.opdl.model.vocab.Vocabulary;
import org.opdl.schema.format.ListingWriter;
import java.util.List;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.SourceMap;
import org.opdl.schema.format.SourceRecord;
import org.opdl.schema.shape.DatasetFields;
import org.opdl.model.field.FieldTree;
import org.opdl.schema.shape.Values;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes Turtle or RDF/XML: collects every listing's triples in a Jena graph, with a dataset's node
 * linked to each listing when the source was a dataset, and writes the graph at the end, so the
 * whole output is held in memory. The graph keeps the order triples were added in, so listings are
 * written in the order they were read. Turtle gets readable prefixes, one per concept scheme;
 * RDF/XML refuses text with characters XML 1.0 cannot hold (controls, U+FFFE, U+FFFF, a lone
 * surrogate).
 */
public final class GraphListingWriter implements ListingWriter, TripleSink {

    private final OutputStream out;
    private final RDFFormat format;
    private final boolean xml;
    private final ListingToRdf mapping = new ListingToRdf(FieldTree.listing());
    private final OrderedGraph graph = new OrderedGraph();
    private SourceRecord current;
    private Term datasetNode;
    private long blanks;

    /** A writer of {@code format} onto {@code out}. */
    public GraphListingWriter(OutputStream out, RDFFormat format) {
        this.out = out;
        this.format = format;
        this.xml = format.getLang().getName().contains("XML");
    }

    @Override
    public void begin(ObjectNode dataset, SourceMap map) {
        graph.getPrefixMapping().setNsPrefix("opdl", Iris.NS);
        graph.getPrefixMapping().setNsPrefix("xsd", ListingToRdf.XSD);
        graph.getPrefixMapping().setNsPrefix("listing", Values.LISTING_BASE);
        graph.getPrefixMapping().setNsPrefix("provider", Values.PROVIDER_BASE);
        if (!xml) {
            for (String scheme : Vocabulary.standard().schemeIds()) {
                graph.getPrefixMapping().setNsPrefix(scheme, Iris.concept(scheme, ""));
            }
        }
        if (dataset != null) {
            current = new SourceRecord(-1, dataset, map, List.of());
            if (xml) {
                refuseControls(dataset, "", current);
            }
            datasetNode = mapping.emitDataset(DatasetFields.marked(dataset, map), map, this);
        }
    }

    @Override
    public void write(SourceRecord record) {
        current = record;
        if (xml) {
            refuseControls(record.listing(), "", record);
        }
        mapping.emit(record.listing(), record.sourceMap(), this, datasetNode);
    }

    /** Refuses, at its pointer, the first string of a listing that holds a character XML 1.0 cannot. */
    private static void refuseControls(JsonNode node, String pointer, SourceRecord record) {
        if (node.isString()) {
            int bad = notXml(node.stringValue());
            if (bad >= 0) {
                throw controlError(record, pointer, node.stringValue().charAt(bad));
            }
        } else if (node.isObject()) {
            for (var e : node.properties()) {
                refuseControls(e.getValue(), JsonPointer.append(pointer, e.getKey()), record);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                refuseControls(node.get(i), pointer + "/" + i, record);
            }
        }
    }

    /** The index of the first character of {@code s} that XML 1.0 cannot carry, or -1. */
    private static int notXml(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF') {
                return i;
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    private static ReadException controlError(SourceRecord record, String pointer, char c) {
        return Values.unmappable(record.sourceMap(), pointer,
                RdfMessages.TEXT_HOLDS_CHARACTER.text(String.format(Locale.ROOT, "%04X", (int) c)),
                RdfMessages.REMOVE_CHARACTER_CONVERT.text());
    }

    @Override
    public void end(ObjectNode trailer, SourceMap map) throws IOException {
        ObjectNode after = datasetNode == null ? null : DatasetFields.trailing(trailer);
        if (after != null) {
            current = new SourceRecord(-1, after, map, List.of());
            if (xml) {
                refuseControls(after, "", current);
            }
            mapping.emitDatasetMore(datasetNode, after, map, this);
        }
        try {
            if (xml) {
                RdfXmlOut.write(out, graph);
            } else {
                RDFDataMgr.write(out, graph, format);
            }
        } catch (org.apache.jena.shared.CannotEncodeCharacterException e) {
            // The checks above should have caught every such character; this is the net.
            throw new ReadException(ReaderRule.CONVERT_UNMAPPABLE,
                    current != null ? current.sourceMap().locate("") : new org.opdl.model.finding.Location.Text("-", 0, 0),
                    RdfMessages.CONVERT_UNMAPPABLE_TEXT_HOLDS_CHARACTER.text(String.format(Locale.ROOT, "%04X", (int) e.getBadChar()), format.getLang().getLabel()),
                    RdfMessages.REMOVE_CHARACTER_CONVERT.text());
        }
        out.flush();
    }

    @Override
    public Term blank() {
        return Term.blank("b" + blanks++);
    }

    @Override
    public void node(Term subject, String predicate, Term object) {
        if (xml && !object.blank() && notXml(object.value()) >= 0) {
            throw controlError(current, "", object.value().charAt(notXml(object.value())));
        }
        graph.add(jena(subject), NodeFactory.createURI(predicate), jena(object));
    }

    @Override
    public void literal(Term subject, String predicate, String lexical, String datatype, String lang) {
        if (xml && notXml(lexical) >= 0) {
            throw controlError(current, "", lexical.charAt(notXml(lexical)));
        }
        Node o;
        if (lang != null) {
            o = NodeFactory.createLiteralLang(lexical, lang);
        } else if (datatype != null) {
            o = NodeFactory.createLiteralDT(lexical, org.apache.jena.datatypes.TypeMapper.getInstance().getSafeTypeByName(datatype));
        } else {
            o = NodeFactory.createLiteralString(lexical);
        }
        graph.add(jena(subject), NodeFactory.createURI(predicate), o);
    }

    private static Node jena(Term t) {
        return t.blank() ? NodeFactory.createBlankNode(t.value()) : NodeFactory.createURI(t.value());
    }
}
