package org.opdl.schema.rdf;

import org.opdl.schema.format.ReaderRule;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Map;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.finding.Severity;
import org.opdl.model.vocab.Iris;
import org.opdl.schema.format.DatasetSink;
import org.opdl.schema.format.LimitErrors;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.json.JsonScan;
import org.opdl.schema.format.ListingReader;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.SourceMap;
import org.opdl.schema.format.SourceRecord;
import org.opdl.schema.json.DocumentPlaces;
import tools.jackson.databind.node.ObjectNode;
import org.opdl.schema.shape.DatasetFields;
import org.opdl.model.field.FieldTree;

/**
 * Reads Turtle, JSON-LD or RDF/XML through a Jena graph, so the whole file is held in memory:
 * Turtle as the graph only (its bytes are scanned as Jena reads them), JSON-LD and RDF/XML also as
 * bytes, since they are checked whole before Jena parses them. The file-size limit bounds all three,
 * and the listing limit is checked once the graph is read. A listing is a node typed {@code
 * opdl:Listing}, giving a field only a listing has, linked by a dataset's node with {@code
 * opdl:listing}, or that no other node points to, in any graph of the file (a named graph is noted, in
 * JSON-LD at the {@code @graph} key that makes it);
 * listings come out in the order their subjects first appear in the file, or for JSON-LD their ids.
 * Triples about a node that no listing or dataset holds stop the read: nothing vanishes silently. The dataset's node, typed {@code opdl:Dataset} or
 * recognised by its properties, gives the dataset's own fields. RDF/XML with a DOCTYPE or entity declarations is refused before
 * parsing, and JSON-LD may name no context but the bundled OPDL one; it first passes the JSON
 * reader's hardened Jackson scan ({@link JsonScan}), since Jena's JSON-P parser knows no limits, and
 * numbers that JSON-LD would turn into binary floating point are refused there.
 */
public final class GraphListingReader implements ListingReader {

    private final Lang lang;
    private final Limits limits;

    /** A reader of {@code lang} (Turtle, JSON-LD or RDF/XML) under the given limits. */
    public GraphListingReader(Lang lang, Limits limits) {
        this.lang = lang;
        this.limits = limits;
    }

    @Override
    public void read(String source, InputStream in, DatasetSink sink) throws IOException {
        InputStream input = LimitErrors.bounded(source, in, limits);
        JsonLdIds.Written written = null;
        Map<String, Location.Json> keys = Map.of();
        byte[] jsonLd = null;
        if (lang.equals(Lang.JSONLD11) || lang.equals(Lang.JSONLD)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
            if (bytes.length > limits.maxFileBytes()) {
                throw LimitErrors.file(source, limits);
            }
            EmptyInput.refuse(source, bytes, RdfSyntax.name(lang));
            JsonScan.checkJsonLd(source, bytes, limits);
            written = JsonLdIds.read(source, bytes, limits);
            keys = JsonLdKeys.read(source, bytes, limits);
            jsonLd = bytes;
            input = new ByteArrayInputStream(bytes);
        } else {
            input = EmptyInput.check(source, input, RdfSyntax.name(lang));
        }
        Graph graph = GraphFactory.createDefaultGraph();
        Found found = new Found(new RdfToListing(FieldTree.listing(), true, jsonLd != null, limits));
        if (jsonLd == null) {
            parse(source, input, graph, found);
        } else {
            try {
                parseJsonLd(source, jsonLd, graph, found);
            } catch (ReadException e) {
                throw written.placed(e);
            }
        }
        RdfToListing mapping = found.mapping;
        JsonLdPlaces places = written == null ? null : new JsonLdPlaces(new DocumentPlaces(source, jsonLd, limits), written, keys);
        if (places != null && !found.graphs.isEmpty() && !written.graphs().isEmpty()) {
            written.graphs().forEach(key -> sink.note(places.namedGraph(key)));
        } else {
            for (Node name : found.graphs) {
                sink.note(namedGraph(source, name));
            }
        }
        found.relative.forEach(sink::note);
        if (!found.datasets.isEmpty()) {
            Node dataset = found.datasets.iterator().next();
            sink.dataset(DatasetFields.completed(mapping.dataset(graph, dataset, found.datasets, source)));
        }
        List<Node> roots = found.listings(written == null ? null : written.positions());
        if (written != null) {
            refuseMerged(source, roots, written);
        }
        int index = 0;
        for (Node root : roots) {
            int record = index++;
            String subject = subject(root);
            LimitErrors.checkRecords(index, new Location.Rdf(source, record, "", subject, "", 0), limits);
            SourceMap graphPlaces = pointer -> new Location.Rdf(source, record, pointer, subject, FieldTree.listing().rdfProperty(pointer), 0);
            if (places == null) {
                sink.record(new SourceRecord(record, mapping.listing(graph, root, source, record), graphPlaces, mapping.notes()));
                continue;
            }
            ObjectNode listing;
            try {
                listing = mapping.listing(graph, root, source, record);
            } catch (ReadException e) {
                throw places.relocated(e, record, root);
            }
            sink.record(new SourceRecord(record, listing, places.map(record, root, graphPlaces),
                    mapping.notes().stream().map(note -> places.relocated(note, record, root)).toList()));
        }
        for (Node s : found.order) {
            if (!mapping.visited(s)) {
                throw MappingRefusals.error(source, -1, "", s, "", RdfMessages.TRIPLES_ABOUT_NODE.text());
            }
        }
    }

    /** Parses JSON-LD with the processor's warnings caught, and its errors put in plain words. */
    private void parseJsonLd(String source, byte[] bytes, Graph graph, Found found) {
        List<String> warnings;
        JsonLdLog.start();
        try {
            parse(source, new ByteArrayInputStream(bytes), graph, found);
        } catch (ReadException e) {
            throw JsonLdErrors.isProcessorError(e) ? JsonLdErrors.translate(source, bytes, e) : e;
        } finally {
            warnings = JsonLdLog.stop();
        }
        if (!warnings.isEmpty()) {
            throw JsonLdErrors.warning(source, bytes, warnings.get(0));
        }
    }

    private void parse(String source, InputStream input, Graph graph, Found found) {
        RdfSyntax.parseListings(source, input, lang, new StreamRDFBase() {
            @Override
            public void triple(Triple t) {
                graph.add(t);
                found.add(t);
            }

            @Override
            public void quad(Quad q) {
                // A listing inside a named graph is still a listing: only its graph's name is not kept.
                if (!q.isDefaultGraph()) {
                    found.graphs.add(q.getGraph());
                }
                triple(q.asTriple());
            }
        }, limits, found.relative::add);
    }

    /**
     * Refuses a listing whose id two node objects of a JSON-LD file describe: JSON-LD merges them
     * into one node, so two listings would become one without a word.
     */
    private static void refuseMerged(String source, List<Node> roots, JsonLdIds.Written written) {
        for (Node root : roots) {
            JsonLdIds.Second second = root.isURI() ? written.twice().get(root.getURI()) : null;
            if (second != null) {
                throw new ReadException(ReaderRule.CONVERT_UNMAPPABLE, new Location.Text(source, second.line(), second.column()),
                        RdfMessages.JSON_LD_SAME_ID_TWICE.text(org.opdl.schema.shape.Values.compact(root.getURI()), second.firstLine()),
                        RdfMessages.GIVE_EACH_LISTING_OR_ONCE.text());
            }
        }
    }

    private static String subject(Node s) {
        return s.isURI() ? s.getURI() : "_:" + s.getBlankNodeLabel();
    }

    private static Finding namedGraph(String source, Node name) {
        return new Finding(ReaderRule.RDF_NAMED_GRAPH.id(), ReaderRule.RDF_NAMED_GRAPH.severity(), new Location.Rdf(source, -1, "", subject(name), "", 0),
                RdfMessages.RDF_NAMED_GRAPH_LISTINGS_INSIDE_NAMED.text(subject(name)),
                RdfMessages.NOTHING_DO_GIVE.text());
    }

    /** What the triples show as they are read: subjects in order, and which nodes are listings or a dataset. */
    private static final class Found {
        final RdfToListing mapping;
        final Set<Node> order = new LinkedHashSet<>();
        final Set<Node> objects = new HashSet<>();
        final Set<Node> linked = new LinkedHashSet<>();
        final Set<Node> marked = new HashSet<>();
        final Set<Node> datasets = new LinkedHashSet<>();
        final Set<Node> graphs = new LinkedHashSet<>();
        final List<Finding> relative = new ArrayList<>();

        Found(RdfToListing mapping) {
            this.mapping = mapping;
        }

        void add(Triple t) {
            order.add(t.getSubject());
            String p = t.getPredicate().getURI();
            if (p.equals(DatasetFields.listingLink())) {
                linked.add(t.getObject());
            } else {
                objects.add(t.getObject());
            }
            if (mapping.marksDataset(t)) {
                datasets.add(t.getSubject());
            } else if (mapping.marksListing(t) || isListingType(t)) {
                marked.add(t.getSubject());
            }
        }

        private static boolean isListingType(Triple t) {
            return t.getPredicate().getURI().equals(ListingToRdf.RDF_TYPE) && t.getObject().isURI()
                    && t.getObject().getURI().equals(Iris.term("Listing"));
        }

        /**
         * The listings: nodes typed {@code opdl:Listing} or giving a field only a listing has, nodes
         * the dataset links, and nodes no other node points to, in the order their ids are written
         * ({@code written}, for JSON-LD) or their subjects first appear.
         */
        List<Node> listings(Map<String, Integer> written) {
            Set<Node> roots = new LinkedHashSet<>();
            for (Node s : order) {
                if (!datasets.contains(s) && (marked.contains(s) || linked.contains(s) || !objects.contains(s))) {
                    roots.add(s);
                }
            }
            for (Node l : linked) {
                if (!datasets.contains(l)) {
                    roots.add(l);
                }
            }
            List<Node> out = new ArrayList<>(roots);
            if (written != null) {
                out.sort(Comparator.comparingInt(n -> n.isURI() ? written.getOrDefault(n.getURI(), Integer.MAX_VALUE) : Integer.MAX_VALUE));
            }
            return out;
        }
    }
}
