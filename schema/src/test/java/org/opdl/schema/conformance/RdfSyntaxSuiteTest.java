package org.opdl.schema.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.rdf.RdfSyntax;

/**
 * The W3C RDF 1.1 Turtle, N-Triples and RDF/XML test suites, read through their manifests and run
 * through {@link RdfSyntax}, the parsing step of the real Turtle, N-Triples and RDF/XML readers:
 * positive syntax tests must parse, negative ones must fail with an {@code opdl.syntax.rdf} error,
 * and evaluation tests must give a graph isomorphic to the expected N-Triples. The readers map the
 * graph to listings after this step; the suites' graphs are not listings, so they stop here.
 */
@DisplayName("W3C RDF 1.1 syntax suites through the readers' RDF parsing")
class RdfSyntaxSuiteTest {

    private static final String MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    private static final String RDFT = "http://www.w3.org/ns/rdftest#";
    private static final Node TYPE = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    private static final Node FIRST = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#first");
    private static final Node REST = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#rest");

    @TestFactory
    @DisplayName("Turtle")
    Stream<DynamicTest> turtle() {
        return suite("rdf-turtle", Lang.TURTLE);
    }

    @TestFactory
    @DisplayName("N-Triples")
    Stream<DynamicTest> nTriples() {
        return suite("rdf-n-triples", Lang.NTRIPLES);
    }

    @TestFactory
    @DisplayName("RDF/XML")
    Stream<DynamicTest> rdfXml() {
        return suite("rdf-xml", Lang.RDFXML);
    }

    private Stream<DynamicTest> suite(String name, Lang lang) {
        Path dir = Suites.require("rdf-tests/rdf/rdf11/" + name);
        Graph manifest = GraphFactory.createDefaultGraph();
        RDFParser.create().source(dir.resolve("manifest.ttl")).lang(Lang.TURTLE).parse(manifest);
        Node root = manifest.find(Node.ANY, NodeFactory.createURI(MF + "entries"), Node.ANY).next().getObject();
        // The suites give their tests this base; eval results depend on it.
        String base = "https://w3c.github.io/rdf-tests/rdf/rdf11/" + name + "/";
        List<DynamicTest> tests = new ArrayList<>();
        for (Node entry : list(manifest, root)) {
            String kind = one(manifest, entry, TYPE).getURI().substring(RDFT.length());
            Path input = Path.of(URI.create(one(manifest, entry, NodeFactory.createURI(MF + "action")).getURI()));
            Node result = first(manifest, entry, NodeFactory.createURI(MF + "result"));
            String testName = entry.getURI().substring(entry.getURI().indexOf('#') + 1);
            String inputBase = base + dir.relativize(input).toString().replace('\\', '/');
            tests.add(DynamicTest.dynamicTest(kind + " " + testName, () -> run(kind, lang, input, inputBase,
                    result == null ? null : Path.of(URI.create(result.getURI())))));
        }
        return tests.stream();
    }

    private static void run(String kind, Lang lang, Path input, String base, Path expected) {
        byte[] bytes = read(input);
        if (kind.contains("Negative")) {
            Throwable t = catchThrowable(() -> parse(input, bytes, lang, base));
            assertThat(t).as("negative test " + input.getFileName() + " must fail").isInstanceOfSatisfying(
                    ReadException.class, e -> assertThat(e.ruleId()).isEqualTo("opdl.syntax.rdf"));
            return;
        }
        Graph actual = parse(input, bytes, lang, base);
        if (expected != null) {
            Graph wanted = GraphFactory.createDefaultGraph();
            RDFParser.create().source(expected).base(base).lang(Lang.NTRIPLES).parse(wanted);
            assertThat(actual.isIsomorphicWith(wanted)).as("isomorphic to " + expected.getFileName()).isTrue();
        }
    }

    private static Graph parse(Path input, byte[] bytes, Lang lang, String base) {
        Graph g = GraphFactory.createDefaultGraph();
        RdfSyntax.parse(input.getFileName().toString(), new ByteArrayInputStream(bytes), lang, base, StreamRDFLib.graph(g));
        return g;
    }

    private static List<Node> list(Graph g, Node head) {
        List<Node> out = new ArrayList<>();
        Node n = head;
        while (!(n.isURI() && n.getURI().equals("http://www.w3.org/1999/02/22-rdf-syntax-ns#nil"))) {
            out.add(one(g, n, FIRST));
            n = one(g, n, REST);
        }
        return out;
    }

    private static Node one(Graph g, Node s, Node p) {
        Node n = first(g, s, p);
        if (n == null) {
            throw new IllegalStateException("manifest entry " + s + " has no " + p);
        }
        return n;
    }

    private static Node first(Graph g, Node s, Node p) {
        ExtendedIterator<Triple> it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
