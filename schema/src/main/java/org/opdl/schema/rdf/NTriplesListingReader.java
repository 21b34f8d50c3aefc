package org.opdl.schema.rdf;

import java.util.Collections;
import org.opdl.schema.format.ReaderRule;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.graph.GraphFactory;
import org.opdl.model.finding.Location;
import org.opdl.model.vocab.Iris;
import org.opdl.schema.format.DatasetSink;
import org.opdl.schema.format.LimitErrors;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ListingReader;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.SourceRecord;
import org.opdl.schema.shape.DatasetFields;
import org.opdl.model.field.FieldTree;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads N-Triples listing by listing, holding only the current listing's triples. A listing's
 * triples must come together, each node linked before its own triples, as opdl writes them. A
 * dataset's node (typed {@code opdl:Dataset}, or recognised by its properties) and its own fields
 * come before the listings; each {@code opdl:listing} triple from it starts the listing it names,
 * and fields of the dataset may also follow the last listing. A
 * file in another order (for example sorted) is detected when a listing reappears and refused with
 * the advice to read it as Turtle, whose reader holds the whole graph.
 */
public final class NTriplesListingReader implements ListingReader {

    private static final int RECENT = 4096;

    private final Limits limits;

    /** A reader under the given limits (file size and number of listings). */
    public NTriplesListingReader(Limits limits) {
        this.limits = limits;
    }

    @Override
    public void read(String source, InputStream in, DatasetSink sink) throws IOException {
        RdfToListing mapping = new RdfToListing(FieldTree.listing(), limits);
        Blocks blocks = new Blocks(source, mapping, sink, limits);
        RdfSyntax.parse(source, EmptyInput.check(source, LimitErrors.bounded(source, in, limits), "N-Triples"), Lang.NTRIPLES, Iris.BASE, blocks, limits);
        blocks.endOfFile();
    }

    /** Groups consecutive triples into listings, and keeps the dataset's node and its nested nodes apart. */
    private static final class Blocks extends StreamRDFBase {
        private final String source;
        private final RdfToListing mapping;
        private final DatasetSink sink;
        private final Set<Node> recent = Collections.newSetFromMap(new LinkedHashMap<Node, Boolean>() {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Node, Boolean> eldest) {
                return size() > RECENT;
            }
        });
        private Graph block = GraphFactory.createDefaultGraph();
        private Set<Node> linked = new HashSet<>();
        private Node root;
        private int index;
        private final Limits limits;
        private final DatasetBlock dataset = new DatasetBlock();

        Blocks(String source, RdfToListing mapping, DatasetSink sink, Limits limits) {
            this.limits = limits;
            this.source = source;
            this.mapping = mapping;
            this.sink = sink;
        }

        @Override
        public void triple(Triple t) {
            Node s = t.getSubject();
            if (dataset.node != null && s.equals(dataset.node)) {
                if (t.getPredicate().getURI().equals(DatasetFields.listingLink())) {
                    link(t.getObject());
                } else {
                    flush();
                    dataset.current = true;
                    dataset.add(t);
                }
                return;
            }
            // A node inside the dataset (its publisher) may also be a listing's provider: only while
            // the dataset's own triples are being read do its triples belong to the dataset.
            if (dataset.current && dataset.nested.contains(s)) {
                dataset.add(t);
                return;
            }
            dataset.current = false;
            if (root != null && !s.equals(root) && !linked.contains(s)) {
                flush();
            }
            if (root == null) {
                if (recent.contains(s)) {
                    throw outOfOrder(s);
                }
                root = s;
                // A dataset's first triple already marks it, so one check per block is enough.
                if (mapping.marksDataset(t)) {
                    becomeDataset();
                    triple(t);
                    return;
                }
            }
            block.add(t);
            if (!t.getObject().isLiteral()) {
                linked.add(t.getObject());
            }
        }

        /** The block being read is the dataset's node: its triples so far are the dataset's. */
        private void becomeDataset() {
            if (dataset.node != null) {
                mapping.dataset(block, root, List.of(dataset.node, root), source);
            }
            if (index > 0) {
                throw new ReadException(ReaderRule.SYNTAX_NTRIPLES_ORDER, new Location.Rdf(source, -1, "", subject(root), "", 0),
                        RdfMessages.SYNTAX_NTRIPLES_ORDER_DATASET_S_OWN.text(),
                        RdfMessages.READ_FILE_TTL.text());
            }
            dataset.start(root, block, linked);
            dataset.current = true;
            block = GraphFactory.createDefaultGraph();
            linked = new HashSet<>();
            root = null;
        }

        /** A link from the dataset: the listing it names starts here, unless it was read already. */
        private void link(Node listing) {
            flush();
            dataset.current = false;
            if (listing.isLiteral()) {
                throw MappingRefusals.error(source, -1, "", dataset.node, DatasetFields.listingLink(), RdfMessages.LISTING_LITERAL_NOT.text());
            }
            deliverDataset();
            if (!recent.contains(listing)) {
                root = listing;
            }
        }

        private void deliverDataset() {
            if (dataset.node != null && dataset.delivered == null) {
                dataset.delivered = DatasetFields.completed(
                        mapping.dataset(dataset.graph, dataset.node, List.of(dataset.node), source));
                sink.dataset(dataset.delivered);
            }
        }

        void flush() {
            if (root == null) {
                return;
            }
            deliverDataset();
            int record = index++;
            String subject = subject(root);
            LimitErrors.checkRecords(index, new Location.Rdf(source, record, "", subject, "", 0), limits);
            sink.record(new SourceRecord(record, mapping.listing(block, root, source, record),
                    pointer -> new Location.Rdf(source, record, pointer, subject, FieldTree.listing().rdfProperty(pointer), 0),
                    mapping.notes()));
            recent.add(root);
            root = null;
            linked.clear();
            block = GraphFactory.createDefaultGraph();
        }

        /** Ends the file: the last listing, then the dataset's fields that came after the listings, if any. */
        void endOfFile() {
            flush();
            if (dataset.node == null) {
                return;
            }
            if (dataset.delivered == null) {
                deliverDataset();
                return;
            }
            ObjectNode all = mapping.dataset(dataset.graph, dataset.node, List.of(dataset.node), source);
            ObjectNode after = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> e : all.properties()) {
                JsonNode before = dataset.delivered.get(e.getKey());
                if (before == null) {
                    after.set(e.getKey(), e.getValue());
                } else if (!before.equals(e.getValue())) {
                    throw outOfOrder(dataset.node);
                }
            }
            if (!after.isEmpty()) {
                sink.datasetEnd(after);
            }
        }

        private ReadException outOfOrder(Node s) {
            return new ReadException(ReaderRule.SYNTAX_NTRIPLES_ORDER, new Location.Rdf(source, index, "", subject(s), "", 0),
                    RdfMessages.SYNTAX_NTRIPLES_ORDER_TRIPLES_LISTING_NOT.text(),
                    RdfMessages.READ_FILE_TTL.text());
        }

        private static String subject(Node s) {
            return s.isURI() ? s.getURI() : "_:" + s.getBlankNodeLabel();
        }
    }

    /**
     * The dataset's node, the nodes nested in it (its publisher) and their triples: a handful,
     * kept for the whole file because fields that came after the listings follow them.
     */
    private static final class DatasetBlock {
        Node node;
        Graph graph;
        Set<Node> nested;
        ObjectNode delivered;
        /** True while the triples being read are the dataset's own. */
        boolean current;

        void start(Node n, Graph g, Set<Node> inside) {
            node = n;
            graph = g;
            nested = inside;
        }

        void add(Triple t) {
            graph.add(t);
            if (!t.getObject().isLiteral()) {
                nested.add(t.getObject());
            }
        }
    }
}
