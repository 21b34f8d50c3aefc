package org.opdl.cli.sparql;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.opdl.cli.exit.InputException;
import org.opdl.model.finding.Finding;
import org.opdl.model.vocab.Iris;
import org.opdl.schema.format.DatasetSink;
import org.opdl.schema.format.Format;
import org.opdl.schema.format.ListingWriter;
import org.opdl.schema.format.SourceMap;
import org.opdl.schema.format.SourceRecord;
import org.opdl.schema.format.WriteOptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Splits a dataset into one N-Triples file per named graph as its listings stream by: each
 * provider's listings go to the provider's graph (its IRI), or every listing to one graph when a
 * graph is given. Each file holds the dataset's own fields too, so that every graph says where its
 * listings came from. Only one listing is held in memory at a time.
 */
public final class ProviderGraphs implements DatasetSink, Closeable {

    /**
     * One graph's file.
     *
     * @param graph the graph's IRI
     * @param file the N-Triples file of its listings
     * @param listings how many listings it holds
     */
    public record Part(String graph, Path file, long listings) {
    }

    /** The most graphs one publication sends: each holds a writer's buffers while the dataset is read. */
    static final int MAX_GRAPHS = 1_000;

    private final GraphFiles files = new GraphFiles();
    private final Format ntriples;
    private final String fixedGraph;
    private final Path folder;
    private final Map<String, Open> open = new LinkedHashMap<>();
    private ObjectNode header;
    private SourceMap headerMap = pointer -> null;
    private ObjectNode trailer;
    private final List<Finding> notes = new ArrayList<>();

    /**
     * Splits into files in a new temporary folder, removed by {@link #close}.
     *
     * @param ntriples the N-Triples format
     * @param graph the one graph every listing goes to, or null for a graph per provider
     */
    public ProviderGraphs(Format ntriples, String graph) throws IOException {
        this.ntriples = Objects.requireNonNull(ntriples);
        this.fixedGraph = graph;
        this.folder = Files.createTempDirectory("opdl-publish-");
    }

    private static final class Open {
        final Path file;
        final OutputStream out;
        final ListingWriter writer;
        long listings;

        Open(Path file, OutputStream out, ListingWriter writer) {
            this.file = file;
            this.out = out;
            this.writer = writer;
        }
    }

    @Override
    public void dataset(ObjectNode fieldsBefore, SourceMap places) {
        if (header == null) {
            header = fieldsBefore;
            headerMap = places;
        }
    }

    @Override
    public void dataset(ObjectNode fieldsBefore) {
        dataset(fieldsBefore, pointer -> null);
    }

    @Override
    public void datasetEnd(ObjectNode fieldsAfter) {
        if (trailer == null) {
            trailer = fieldsAfter;
        }
    }

    @Override
    public void note(Finding finding) {
        notes.add(finding);
    }

    @Override
    public void record(SourceRecord record) {
        String graph = fixedGraph != null ? fixedGraph : graphIri(providerOf(record.listing()));
        try {
            Open o = open.get(graph);
            if (o == null) {
                Path file = folder.resolve("graph-" + open.size() + ".nt");
                if (open.size() >= MAX_GRAPHS) {
                    throw new InputException(SparqlMessages.PROVIDER_GRAPHS_DATASET_LISTINGS_MORE.text(MAX_GRAPHS));
                }
                // The writer buffers; the file behind it is opened only while written to (GraphFiles).
                OutputStream out = files.stream(file);
                o = new Open(file, out, ntriples.writer(out, WriteOptions.DEFAULT));
                o.writer.begin(header, headerMap);
                open.put(graph, o);
            }
            o.writer.write(record);
            o.listings++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The provider's IRI: its {@code provider.id}, else the provider part of a {@code listing:} id.
     *
     * @throws InputException for a listing that names its provider neither way
     */
    static String providerOf(ObjectNode listing) {
        JsonNode id = listing.path("provider").path("id");
        if (id.isString() && !id.stringValue().isBlank()) {
            return Iris.expandId(id.stringValue());
        }
        JsonNode own = listing.path("id");
        if (own.isString() && own.stringValue().startsWith("listing:") && own.stringValue().indexOf('/') > "listing:".length()) {
            String s = own.stringValue();
            return Iris.PROVIDER + s.substring("listing:".length(), s.indexOf('/'));
        }
        String name = own.isString() ? own.stringValue() : "a listing without an id";
        throw new InputException(SparqlMessages.PROVIDER_GRAPHS_NAMES_PROVIDER_NEITHER.text(name));
    }

    /**
     * {@code iri} when it can name a graph: absolute, with none of the characters that IRIs forbid
     * (a listing let through with --allow-errors could otherwise put anything in a SPARQL request).
     *
     * @throws InputException naming the IRI and the fix
     */
    public static String graphIri(String iri) {
        if (!iri.matches("[A-Za-z][A-Za-z0-9+.-]*:[^<>\"{}|^`\\\\\\s]+")) {
            throw new InputException(SparqlMessages.PROVIDER_GRAPHS_CANNOT_NAME_GRAPH.text(iri));
        }
        return iri;
    }

    /** Ends every file and lists them, in the order their first listing came. */
    public List<Part> finish() throws IOException {
        List<Part> parts = new ArrayList<>();
        for (Map.Entry<String, Open> e : open.entrySet()) {
            Open o = e.getValue();
            o.writer.end(trailer, headerMap);
            o.out.close();
            parts.add(new Part(e.getKey(), o.file, o.listings));
        }
        return parts;
    }

    /** What the reader noticed about the files as a whole. */
    public List<Finding> notes() {
        return List.copyOf(notes);
    }

    /** Removes the files. */
    @Override
    public void close() throws IOException {
        for (Open o : open.values()) {
            o.out.close();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
