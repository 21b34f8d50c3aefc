package org.opdl.schema.rdf;

import com.apicatalog.jsonld.JsonLdOptions;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.graph.GraphFactory;
import org.opdl.schema.artifact.Artifact;
import org.opdl.schema.format.Limits;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Turns a listing's or a dataset's JSON into RDF with Jena and the standard's JSON-LD context. The
 * context applies whether or not the document names it, and it is served from the jar: any other
 * remote context is refused, so reading never reaches the network. Jena parses JSON-LD with
 * Jakarta JSON-P, which recurses once per level of nesting and knows none of Jackson's limits, so
 * the text first passes a Jackson scan with the same limits as the JSON reader.
 */
public final class JsonLdReader {

    private static final Limits LIMITS = Limits.DEFAULT;

    private static final JsonFactory SCAN = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(LIMITS.maxDepth())
                    .maxStringLength(LIMITS.maxStringLength())
                    .maxNameLength(LIMITS.maxNameLength())
                    .maxNumberLength(LIMITS.maxNumberLength())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonLdReader() {
    }

    /**
     * Reads JSON text into a new graph.
     *
     * @param json a listing or a dataset as JSON
     * @return its triples
     * @throws org.apache.jena.riot.RiotException when the text is not JSON, exceeds a limit, or is
     *     not JSON-LD
     */
    public static Graph read(String json) {
        scan(json);
        JsonLdOptions options = JsonLdLoading.options();
        options.setExpandContext(Artifact.CONTEXT.iri());
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.create()
                .source(new StringReader(json))
                .lang(Lang.JSONLD11)
                .context(org.apache.jena.sparql.util.Context.create().set(LangJSONLD11.JSONLD_OPTIONS, options))
                .parse(graph);
        return graph;
    }

    private static void scan(String json) {
        try (JsonParser p = SCAN.createParser(ObjectReadContext.empty(), json.getBytes(StandardCharsets.UTF_8))) {
            // Reading every token is the check: the limits and duplicate detection fire on the way.
            while (p.nextToken() != null) {
                p.finishToken();
            }
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String detail = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
            int nl = detail.indexOf('\n');
            throw new RiotParseException(nl < 0 ? detail : detail.substring(0, nl),
                    at == null ? -1 : at.getLineNr(), at == null ? -1 : at.getColumnNr());
        }
    }
}
