package org.opdl.schema.rdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.graph.GraphFactory;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.vocab.Iris;
import org.opdl.schema.format.DatasetSink;
import org.opdl.schema.format.LimitErrors;
import org.opdl.schema.json.JsonScan;
import org.opdl.schema.format.ListingReader;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.SourceRecord;
import org.opdl.schema.shape.DatasetFields;
import org.opdl.model.field.FieldTree;

/**
 * Reads Turtle, JSON-LD or RDF/XML through a Jena graph, so the whole file is held in memory:
 * Turtle as the graph only (its bytes are scanned as Jena reads them), JSON-LD and RDF/XML also as
 * bytes, since they are checked whole before Jena parses them. The file-size limit bounds all three,
 * and the listing limit is checked once the graph is read. A listing is a node that no other node
 * points to, or that a dataset's node links with {@code opdl:listing}; listings come out in the
 * order their subjects first appear in the file. The dataset's node, typed {@code opdl:Dataset} or
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
    public void read(String source, InputStream in, Consumer<SourceRecord> records, Consumer<Finding> fileNotes)
            throws IOException {
        read(source, in, DatasetSink.of(records, fileNotes));
    }

    @Override
    public void read(String source, InputStream in, DatasetSink sink) throws IOException {
        InputStream input = LimitErrors.bounded(source, in, limits);
        if (lang.equals(Lang.JSONLD11) || lang.equals(Lang.JSONLD)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
            if (bytes.length > limits.maxFileBytes()) {
                throw LimitErrors.file(source, limits);
            }
            JsonScan.checkJsonLd(source, bytes, limits);
            input = new ByteArrayInputStream(bytes);
        }
        Graph graph = GraphFactory.createDefaultGraph();
        Set<Node> order = new LinkedHashSet<>();
        Set<Node> objects = new HashSet<>();
        Set<Node> linked = new LinkedHashSet<>();
        Set<Node> datasets = new LinkedHashSet<>();
        RdfToListing mapping = new RdfToListing(FieldTree.listing());
        RdfSyntax.parse(source, input, lang, Iris.BASE, new StreamRDFBase() {
            @Override
            public void triple(Triple t) {
                graph.add(t);
                order.add(t.getSubject());
                if (t.getPredicate().getURI().equals(DatasetFields.listingLink())) {
                    linked.add(t.getObject());
                } else {
                    objects.add(t.getObject());
                }
                if (mapping.marksDataset(t)) {
                    datasets.add(t.getSubject());
                }
            }
        }, limits);
        List<Node> roots = new ArrayList<>();
        for (Node s : order) {
            if (!objects.contains(s) && !datasets.contains(s)) {
                roots.add(s);
            }
        }
        for (Node l : linked) {
            if (!order.contains(l) && !datasets.contains(l)) {
                roots.add(l);
            }
        }
        if (!datasets.isEmpty()) {
            Node dataset = datasets.iterator().next();
            sink.dataset(DatasetFields.completed(mapping.dataset(graph, dataset, datasets, source)));
        }
        int index = 0;
        for (Node root : roots) {
            int record = index++;
            String subject = root.isURI() ? root.getURI() : "_:" + root.getBlankNodeLabel();
            LimitErrors.checkRecords(index, new Location.Rdf(source, record, "", subject, "", 0), limits);
            sink.record(new SourceRecord(record, mapping.listing(graph, root, source, record),
                    pointer -> new Location.Rdf(source, record, pointer, subject, FieldTree.listing().rdfProperty(pointer), 0), List.of()));
        }
    }
}
