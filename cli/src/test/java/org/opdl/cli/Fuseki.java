package org.opdl.cli;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.graph.GraphFactory;

/** An embedded Fuseki on a free loopback port, serving one in-memory dataset at {@code /opdl}, and questions to it. */
final class Fuseki implements AutoCloseable {

    private final FusekiServer server;
    private final Dataset data = DatasetFactory.createTxnMem();

    Fuseki() {
        server = FusekiServer.create().loopback(true).port(freePort()).add("/opdl", data).build().start();
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The dataset's address. */
    String url() {
        return "http://localhost:" + server.getHttpPort() + "/opdl";
    }

    /** Every named graph with a copy of its triples, by IRI. */
    Map<String, Graph> graphs() {
        Map<String, Graph> out = new TreeMap<>();
        try (RDFConnection c = RDFConnection.connect(url())) {
            List<String> names = new ArrayList<>();
            c.querySelect("SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } }", s -> names.add(s.getResource("g").getURI()));
            for (String g : names) {
                Graph copy = GraphFactory.createDefaultGraph();
                c.fetch(g).getGraph().find().forEach(copy::add);
                out.put(g, copy);
            }
        }
        return out;
    }

    /** The listings in each graph, by graph. */
    Map<String, Integer> listingsPerGraph() {
        Map<String, Integer> out = new TreeMap<>();
        try (RDFConnection c = RDFConnection.connect(url())) {
            c.querySelect("PREFIX opdl: <https://w3id.org/opdl/ns#> SELECT ?g (COUNT(DISTINCT ?l) AS ?n) "
                    + "{ GRAPH ?g { ?l opdl:provider ?p ; opdl:title ?t } } GROUP BY ?g",
                    s -> out.put(s.getResource("g").getURI(), s.getLiteral("n").getInt()));
        }
        return out;
    }

    /**
     * The valid examples of the repository, one listing each, from many providers; the dataset
     * example is left out, as it repeats some of them.
     */
    static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("opdl.root"), "docs", "examples"))) {
            return files.filter(p -> p.toString().endsWith(".json") && !p.getFileName().toString().equals("dataset.json"))
                    .sorted().toList();
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
