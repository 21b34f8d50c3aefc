package org.opdl.schema.rdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.graph.GraphFactory;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Text;
import org.opdl.model.vocab.Iris;
import org.opdl.schema.format.ListingReader;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.ReadLimits;
import org.opdl.schema.format.SourceRecord;
import org.opdl.schema.shape.Shape;

/**
 * Reads Turtle, JSON-LD or RDF/XML through a Jena graph, so the whole file is held in memory. A
 * listing is a node that no other node points to; listings come out in the order their subjects
 * first appear in the file. RDF/XML with a DOCTYPE or entity declarations is refused before
 * parsing, and JSON-LD may name no context but the bundled OPDL one.
 */
public final class GraphListingReader implements ListingReader {

    private static final Pattern DTD = Pattern.compile("<!(DOCTYPE|ENTITY)", Pattern.CASE_INSENSITIVE);

    private final Lang lang;
    private final String name;
    private final ReadLimits limits;

    /** A reader of {@code lang} (Turtle, JSON-LD or RDF/XML) under the given limits. */
    public GraphListingReader(Lang lang, String name, ReadLimits limits) {
        this.lang = lang;
        this.name = name;
        this.limits = limits;
    }

    @Override
    public void read(String source, InputStream in, Consumer<SourceRecord> records, Consumer<Finding> fileNotes)
            throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
        if (bytes.length > limits.maxFileBytes()) {
            throw new ReadException("opdl.limit.file", new Location.Text(source, 0, 0),
                    new Text("the file is larger than " + limits.maxFileBytes() + " bytes", "le fichier dépasse " + limits.maxFileBytes() + " octets"),
                    new Text("use N-Triples, which is read listing by listing", "utilisez N-Triples, qui est lu fiche par fiche"));
        }
        if (lang.equals(Lang.RDFXML)) {
            refuseDtd(source, bytes);
        }
        Graph graph = GraphFactory.createDefaultGraph();
        Set<Node> order = new LinkedHashSet<>();
        Set<Node> objects = new HashSet<>();
        RiotErrors errors = new RiotErrors(source, name);
        try {
            RDFParser.create().source(new ByteArrayInputStream(bytes)).lang(lang).base(Iris.BASE)
                    .errorHandler(errors).context(JsonLdLoading.jenaContext())
                    .parse(new StreamRDFBase() {
                        @Override
                        public void triple(Triple t) {
                            graph.add(t);
                            order.add(t.getSubject());
                            objects.add(t.getObject());
                        }
                    });
        } catch (ReadException e) {
            throw e;
        } catch (RiotException e) {
            throw errors.syntax(e.getMessage(), -1, -1);
        }
        List<Node> roots = new ArrayList<>();
        for (Node s : order) {
            if (!objects.contains(s)) {
                roots.add(s);
            }
        }
        RdfToListing mapping = new RdfToListing(Shape.standard());
        int index = 0;
        for (Node root : roots) {
            int record = index++;
            String subject = root.isURI() ? root.getURI() : "_:" + root.getBlankNodeLabel();
            records.accept(new SourceRecord(record, mapping.listing(graph, root, source, record),
                    pointer -> new Location.Rdf(source, record, pointer, subject, Shape.standard().rdfProperty(pointer), 0), List.of()));
        }
    }

    private static void refuseDtd(String source, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        var m = DTD.matcher(text);
        if (m.find()) {
            long line = text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
            throw new ReadException("opdl.syntax.rdfxml-dtd", new Location.Text(source, line, 0),
                    new Text("the RDF/XML declares a DOCTYPE or entities, which opdl refuses for safety (they can read files or expand without end)",
                            "le RDF/XML déclare un DOCTYPE ou des entités, ce qu'opdl refuse par sécurité (ils peuvent lire des fichiers ou grossir sans fin)"),
                    new Text("remove the <!DOCTYPE …> and write entity values out in full",
                            "supprimez le <!DOCTYPE …> et écrivez les valeurs des entités en toutes lettres"));
        }
    }
}
