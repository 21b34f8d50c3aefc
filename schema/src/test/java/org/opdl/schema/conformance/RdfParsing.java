package org.opdl.schema.conformance;

import java.io.ByteArrayInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.graph.GraphFactory;

/** Parses RDF the way the readers do: from bytes, with an explicit base, errors fatal. */
final class RdfParsing {

    private RdfParsing() {
    }

    static Graph parse(byte[] bytes, Lang lang, String base) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new ByteArrayInputStream(bytes)).lang(lang).base(base).strict(true)
                .errorHandler(new ErrorHandler() {
                    @Override
                    public void warning(String message, long line, long col) {
                        if (message.startsWith("Illegal character in IRI") || message.contains("Spaces are not legal")
                                || message.contains("UNWISE_CHARACTER") || message.contains("ILLEGAL_CHARACTER")
                                || message.startsWith("Not a valid XML NCName") || message.startsWith("Reuse of rdf:ID")) {
                            throw new RiotParseException(message, line, col);
                        }
                        System.err.println("WARN " + line + ":" + col + " " + message);
                    }

                    @Override
                    public void error(String message, long line, long col) {
                        throw new RiotParseException(message, line, col);
                    }

                    @Override
                    public void fatal(String message, long line, long col) {
                        throw new RiotParseException(message, line, col);
                    }
                })
                .parse(g);
        return g;
    }
}
