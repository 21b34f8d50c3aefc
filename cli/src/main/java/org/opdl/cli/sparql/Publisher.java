package org.opdl.cli.sparql;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdfconnection.RDFConnection;
import org.opdl.cli.exit.InputException;
import org.opdl.model.text.Text;
import org.opdl.schema.artifact.Artifact;

/**
 * Puts graphs into a SPARQL store with the Graph Store Protocol. Before anything is sent, the store
 * is asked a SPARQL question, so that an address that is down, refuses the credentials or is a web
 * page fails with nothing sent; without replacing, graphs that already hold triples are refused
 * before any is written. Each graph is then replaced by one PUT, which the store applies as one
 * transaction: a PUT that fails leaves that graph as it was.
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

    /** Replaces the vocabulary graph with the vocabulary of this version of the standard. */
    public void putVocabulary() throws IOException {
        Path file = Files.createTempFile("opdl-vocabulary-", ".ttl");
        try {
            try (InputStream in = Publisher.class.getClassLoader().getResourceAsStream(Artifact.VOCABULARY.resource())) {
                Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            put(vocabularyGraph(), file, List.of());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * Replaces one graph with the triples of {@code file} in one PUT.
     *
     * @param done the graphs already replaced in this run, told when this one fails
     */
    public void put(String graph, Path file, List<String> done) {
        try {
            endpoint.call(() -> {
                try (RDFConnection c = endpoint.connect()) {
                    c.put(graph, file.toString());
                    return null;
                }
            });
        } catch (InputException e) {
            Text before = done.isEmpty() ? new Text("", "")
                    : SparqlMessages.PUBLISHER_ALREADY_REPLACED.text(String.join(", ", done));
            if (EndpointFailure.isSlow(e)) {
                // The request may still be applied after opdl stops waiting: the graph is either whole or as it was.
                throw new InputException(SparqlMessages.PUBLISHER_GRAPH_EITHER_WHOLLY.text(e.text(), graph, before));
            }
            throw new InputException(SparqlMessages.PUBLISHER_GRAPH.text(e.text(), graph, before));
        }
    }
}
