package org.opdl.schema.rdf;

import com.apicatalog.jsonld.JsonLdOptions;
import java.io.StringReader;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.graph.GraphFactory;
import org.opdl.schema.artifact.Artifact;

/**
 * Turns a listing's or a dataset's JSON into RDF with Jena and the standard's JSON-LD context. The
 * context applies whether or not the document names it, and it is served from the jar: any other
 * remote context is refused, so reading never reaches the network.
 */
public final class JsonLdReader {

    private JsonLdReader() {
    }

    /**
     * Reads JSON text into a new graph.
     *
     * @param json a listing or a dataset as JSON
     * @return its triples
     * @throws org.apache.jena.riot.RiotException when the text is not JSON or not JSON-LD
     */
    public static Graph read(String json) {
        JsonLdOptions options = new JsonLdOptions(new BundledDocumentLoader());
        options.setExpandContext(Artifact.CONTEXT.iri());
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.create()
                .source(new StringReader(json))
                .lang(Lang.JSONLD11)
                .context(org.apache.jena.sparql.util.Context.create().set(LangJSONLD11.JSONLD_OPTIONS, options))
                .parse(graph);
        return graph;
    }
}
