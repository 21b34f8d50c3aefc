package org.opdl.schema.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.opdl.model.text.Text;
import org.opdl.model.vocab.Iris;
import org.opdl.schema.format.LimitErrors;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ListingReader;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.SourceRecord;
import org.opdl.schema.shape.Shape;

/**
 * Reads N-Triples listing by listing, holding only the current listing's triples. A listing's
 * triples must come together, each node linked before its own triples, as opdl writes them. A
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
    public void read(String source, InputStream in, Consumer<SourceRecord> records, Consumer<Finding> fileNotes)
            throws IOException {
        RdfToListing mapping = new RdfToListing(Shape.standard());
        Blocks blocks = new Blocks(source, mapping, records, limits);
        RdfSyntax.parse(source, LimitErrors.bounded(source, in, limits), Lang.NTRIPLES, Iris.BASE, blocks, limits);
        blocks.flush();
    }

    /** Groups consecutive triples into listings. */
    private static final class Blocks extends StreamRDFBase {
        private final String source;
        private final RdfToListing mapping;
        private final Consumer<SourceRecord> records;
        private final Set<Node> recent = java.util.Collections.newSetFromMap(new LinkedHashMap<Node, Boolean>() {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Node, Boolean> eldest) {
                return size() > RECENT;
            }
        });
        private Graph block = GraphFactory.createDefaultGraph();
        private final Set<Node> linked = new HashSet<>();
        private Node root;
        private int index;
        private final Limits limits;

        Blocks(String source, RdfToListing mapping, Consumer<SourceRecord> records, Limits limits) {
            this.limits = limits;
            this.source = source;
            this.mapping = mapping;
            this.records = records;
        }

        @Override
        public void triple(Triple t) {
            Node s = t.getSubject();
            if (root != null && !s.equals(root) && !linked.contains(s)) {
                flush();
            }
            if (root == null) {
                if (recent.contains(s)) {
                    throw new ReadException("opdl.syntax.ntriples-order", new Location.Rdf(source, index, "",
                            s.isURI() ? s.getURI() : "_:" + s.getBlankNodeLabel(), "", 0),
                            new Text("the triples of this listing are not together in the file, so it cannot be read listing by listing",
                                    "les triplets de cette fiche ne se suivent pas dans le fichier, qui ne peut donc pas être lu fiche par fiche"),
                            new Text("read the file with --from ttl (Turtle reads N-Triples and holds the whole graph)",
                                    "lisez le fichier avec --from ttl (Turtle lit le N-Triples et garde tout le graphe)"));
                }
                root = s;
            }
            block.add(t);
            if (!t.getObject().isLiteral()) {
                linked.add(t.getObject());
            }
        }

        void flush() {
            if (root == null) {
                return;
            }
            int record = index++;
            String subject = root.isURI() ? root.getURI() : "_:" + root.getBlankNodeLabel();
            LimitErrors.checkRecords(index, new Location.Rdf(source, record, "", subject, "", 0), limits);
            records.accept(new SourceRecord(record, mapping.listing(block, root, source, record),
                    pointer -> new Location.Rdf(source, record, pointer, subject, Shape.standard().rdfProperty(pointer), 0), List.of()));
            recent.add(root);
            root = null;
            linked.clear();
            block = GraphFactory.createDefaultGraph();
        }
    }
}
