package org.opdl.schema.rdf;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.opdl.model.vocab.Iris;

/**
 * Writes an {@link OrderedGraph} as flat RDF/XML, one {@code rdf:Description} per subject in the
 * order the subjects were added, so that listings keep their order: Jena's RDF/XML writers list
 * subjects through a hash set. Every predicate of a listing is in the {@code opdl:} or {@code
 * rdf:} namespace; text is escaped for XML 1.0 (a carriage return as {@code &#xD;}, so that it
 * survives), and the writer refuses nothing itself: {@link GraphListingWriter} checked the
 * characters already.
 */
final class RdfXmlOut {

    private static final String RDF = ListingToRdf.RDF;

    private RdfXmlOut() {
    }

    static void write(OutputStream stream, OrderedGraph graph) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rdf:RDF\n    xmlns:rdf=\"" + RDF + "\"\n    xmlns:opdl=\""
                + Iris.NS + "\">\n");
        for (Map.Entry<Node, List<Triple>> e : graph.bySubject().entrySet()) {
            Node s = e.getKey();
            out.write("  <rdf:Description ");
            out.write(s.isBlank() ? "rdf:nodeID=\"" + s.getBlankNodeLabel() + "\"" : "rdf:about=\"" + escape(s.getURI(), true) + "\"");
            out.write(">\n");
            for (Triple t : e.getValue()) {
                String p = qname(t.getPredicate().getURI());
                Node o = t.getObject();
                out.write("    <" + p);
                if (o.isBlank()) {
                    out.write(" rdf:nodeID=\"" + o.getBlankNodeLabel() + "\"/>\n");
                } else if (o.isURI()) {
                    out.write(" rdf:resource=\"" + escape(o.getURI(), true) + "\"/>\n");
                } else {
                    String lang = o.getLiteralLanguage();
                    if (lang != null && !lang.isEmpty()) {
                        out.write(" xml:lang=\"" + escape(lang, true) + "\"");
                    } else if (!o.getLiteralDatatypeURI().equals(ListingToRdf.XSD + "string")) {
                        out.write(" rdf:datatype=\"" + escape(o.getLiteralDatatypeURI(), true) + "\"");
                    }
                    out.write(">" + escape(o.getLiteralLexicalForm(), false) + "</" + p + ">\n");
                }
            }
            out.write("  </rdf:Description>\n");
        }
        out.write("</rdf:RDF>\n");
        out.flush();
    }

    private static String qname(String iri) {
        if (iri.startsWith(Iris.NS)) {
            return "opdl:" + iri.substring(Iris.NS.length());
        }
        if (iri.startsWith(RDF)) {
            return "rdf:" + iri.substring(RDF.length());
        }
        throw new IllegalStateException("no prefix for the predicate " + iri);
    }

    private static String escape(String s, boolean attribute) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append(attribute ? "&quot;" : "\"");
                case '\r' -> b.append("&#xD;");
                case '\n' -> b.append(attribute ? "&#xA;" : "\n");
                case '\t' -> b.append(attribute ? "&#x9;" : "\t");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
