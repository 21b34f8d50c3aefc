import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.update.UpdateFactory;

/**
 * Where a store's time goes when it loads a publication, measured inside one JVM in CPU seconds of
 * the loading thread: Jena's N-Triples parser alone; the SPARQL Update parser alone, over the same
 * triples in one {@code INSERT DATA} (the request opdl publish sends); and each parser feeding each
 * kind of dataset Fuseki can serve, in one write transaction. bench/store-cost.sh runs it over the
 * N-Triples that opdl convert writes. A third argument, when given, keeps only the steps whose name
 * holds it ({@code general}, {@code TDB2}).
 */
public final class StoreCost {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Node GRAPH = NodeFactory.createURI("https://w3id.org/opdl/provider/bench");

    public static void main(String[] args) throws IOException {
        Path triples = Path.of(args[0]);
        Path tdb = Path.of(args[1]);
        String only = args.length > 2 ? args[2] : "";
        long count;
        try (var lines = Files.lines(triples)) {
            count = lines.count();
        }
        System.out.printf("%,d triples; CPU seconds of the loading thread%n", count);
        row(only, "N-Triples parser alone", () -> parseTriples(triples, null));
        row(only, "SPARQL Update parser alone", () -> time(() -> UpdateFactory.read(update(triples))));
        for (String kind : List.of("TIM (in memory, transactional)", "TDB2 (on disk)", "general (in memory, cannot roll back)")) {
            row(only, "N-Triples into " + kind, () -> parseTriples(triples, dataset(kind, tdb)));
            row(only, "SPARQL Update into " + kind, () -> {
                DatasetGraph data = dataset(kind, tdb);
                return time(() -> Txn.executeWrite(data, () -> UpdateAction.parseExecute(null, data, update(triples), (String) null, Syntax.syntaxARQ)));
            });
        }
    }

    private static DatasetGraph dataset(String kind, Path tdb) {
        if (kind.startsWith("TDB2")) {
            return DatabaseMgr.connectDatasetGraph(tdb.resolve(Long.toString(System.nanoTime())).toString());
        }
        return kind.startsWith("TIM") ? DatasetGraphFactory.createTxnMem() : DatasetGraphFactory.create();
    }

    private static double parseTriples(Path triples, DatasetGraph into) {
        StreamRDFBase sink = new StreamRDFBase() {
            @Override
            public void triple(Triple t) {
                if (into != null) {
                    into.add(GRAPH, t.getSubject(), t.getPredicate(), t.getObject());
                }
            }
        };
        if (into == null) {
            return time(() -> RDFParser.source(triples).lang(Lang.NTRIPLES).parse(sink));
        }
        return time(() -> Txn.executeWrite(into, () -> RDFParser.source(triples).lang(Lang.NTRIPLES).parse(sink)));
    }

    /** The triples inside one INSERT DATA, read from the file as the parser asks. */
    private static InputStream update(Path triples) {
        try {
            return new SequenceInputStream(new SequenceInputStream(
                    text("INSERT DATA {\nGRAPH <" + GRAPH.getURI() + "> {\n"), Files.newInputStream(triples)), text("}\n}\n"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static double time(Runnable work) {
        long start = THREADS.getCurrentThreadCpuTime();
        work.run();
        return (THREADS.getCurrentThreadCpuTime() - start) / 1e9;
    }

    private static void row(String only, String what, Supplier<Double> measure) {
        if (!what.contains(only)) {
            return;
        }
        measure.get(); // a first run, for the JIT
        System.out.printf("%-60s %8.2f%n", what, measure.get());
        System.gc();
    }
}
