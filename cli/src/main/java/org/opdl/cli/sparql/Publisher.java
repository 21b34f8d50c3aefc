package org.opdl.cli.sparql;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.http.HttpOp;
import org.apache.jena.rdfconnection.RDFConnection;
import org.opdl.cli.exit.InputException;
import org.opdl.schema.artifact.Artifact;

/**
 * Replaces graphs in a SPARQL store. Before anything is sent, the store is asked a SPARQL question,
 * so that an address that is down, refuses the credentials or is a web page fails with nothing
 * sent; without replacing, graphs that already hold triples are refused before any is written. The
 * vocabulary and every provider's graph are then replaced by one SPARQL Update request, which the
 * store runs as one transaction: a failure anywhere in it leaves every graph as it was.
 */
public final class Publisher {

    private final Endpoint endpoint;

    /** A publisher to {@code endpoint}. */
    public Publisher(Endpoint endpoint) {
        this.endpoint = endpoint;
    }

    /** The graph the standard's vocabulary goes to: its own IRI. */
    public static String vocabularyGraph() {
        return Artifact.VOCABULARY.iri();
    }

    /** Asks the store a question that any SPARQL store answers; fails when it cannot. */
    public void probe() {
        endpoint.call(() -> {
            try (RDFConnection c = endpoint.connect()) {
                c.queryAsk("ASK { }");
                return null;
            }
        });
    }

    /** The graphs among {@code graphs} that already hold triples in the store. */
    public List<String> nonEmpty(List<String> graphs) {
        return endpoint.call(() -> {
            List<String> full = new ArrayList<>();
            try (RDFConnection c = endpoint.connect()) {
                for (String g : graphs) {
                    if (c.queryAsk("ASK { GRAPH <" + g + "> { ?s ?p ?o } }")) {
                        full.add(g);
                    }
                }
            }
            return full;
        });
    }

    /**
     * Replaces the vocabulary graph and the graph of each of {@code parts} in one request, one
     * transaction of the store.
     *
     * @throws InputException naming the store, the graphs and what to do, when the store fails
     */
    public void replace(List<ProviderGraphs.Part> parts) {
        UpdateBody update = new UpdateBody(parts);
        try {
            endpoint.call(() -> {
                HttpOp.httpPost(endpoint.http(), endpoint.uri().toString(), UpdateBody.TYPE,
                        HttpRequest.BodyPublishers.ofInputStream(update.body()));
                return null;
            });
        } catch (InputException e) {
            int graphs = update.graphs().size();
            if (EndpointFailure.isSlow(e)) {
                // The request may still be applied after opdl stops waiting: it is applied whole or not at all.
                throw new InputException(SparqlMessages.PUBLISHER_EITHER_ALL_OR_NONE.text(e.text(), graphs));
            }
            throw new InputException(SparqlMessages.PUBLISHER_NONE_CHANGED.text(e.text(), graphs));
        }
    }
}
