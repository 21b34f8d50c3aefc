package org.opdl.schema.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.finding.Location;
import org.opdl.schema.convert.ListingCorpus;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ListingWriter;
import org.opdl.schema.format.SourceRecord;
import org.opdl.schema.csv.CsvTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

@DisplayName("The N-Triples fast path gives the graph that JSON-LD gives under the OPDL context")
class FastPathIsomorphismTest {

    static Graph fastPath(List<ObjectNode> listings) throws Exception {
        return fastPath(null, listings);
    }

    /** The fast path's graph of a dataset whose own fields are {@code fields}, or of bare listings when null. */
    static Graph fastPath(ObjectNode fields, List<ObjectNode> listings) throws Exception {
        return RDFParser.create().source(new ByteArrayInputStream(nTriples(fields, listings))).lang(Lang.NTRIPLES).toGraph();
    }

    static byte[] nTriples(ObjectNode fields, List<ObjectNode> listings) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeAll(new NTriplesListingWriter(out), fields, listings);
        return out.toByteArray();
    }

    /** Writes a dataset whose own fields are {@code fields} (none when null) and its listings, in order, then ends it. */
    static void writeAll(ListingWriter writer, ObjectNode fields, List<ObjectNode> listings) throws IOException {
        writer.begin(fields, p -> new Location.Text("t", 0, 0));
        int i = 0;
        for (ObjectNode l : listings) {
            writer.write(new SourceRecord(i++, l, p -> new Location.Text("t", 0, 0), List.of()));
        }
        writer.end(null, null);
    }

    /** What Jena's JSON-LD 1.1 reader gives for a JSON dataset object under the bundled context. */
    static Graph jsonLdDataset(ObjectNode fields, List<ObjectNode> listings) {
        ObjectNode doc = fields.deepCopy();
        doc.putArray("listings").addAll(listings);
        byte[] bytes = JsonMapper.builder().build().writeValueAsBytes(doc);
        return RDFParser.create().source(new ByteArrayInputStream(bytes)).lang(Lang.JSONLD11)
                .context(JsonLdLoading.jenaContext()).toGraph();
    }

    static Graph jsonLd(List<ObjectNode> listings) {
        ObjectNode doc = JsonNodeFactory.instance.objectNode();
        doc.put("@context", OpdlContext.IRI);
        ArrayNode graph = doc.putArray("@graph");
        listings.forEach(graph::add);
        byte[] bytes = JsonMapper.builder().build().writeValueAsBytes(doc);
        return RDFParser.create().source(new ByteArrayInputStream(bytes)).lang(Lang.JSONLD11)
                .context(JsonLdLoading.jenaContext()).toGraph();
    }

    @Test
    @DisplayName("over 10,000 generated listings")
    void corpus() throws Exception {
        ListingCorpus corpus = new ListingCorpus(7L);
        List<ObjectNode> listings = new java.util.ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            listings.add(corpus.next(i));
        }
        for (int from = 0; from < listings.size(); from += 250) {
            List<ObjectNode> batch = listings.subList(from, from + 250);
            Graph fast = fastPath(batch);
            Graph standard = jsonLd(batch);
            assertThat(fast.size()).as("triples in batch %d", from).isEqualTo(standard.size());
            assertThat(fast.isIsomorphicWith(standard)).as("batch from %d", from).isTrue();
        }
    }

    @Test
    @DisplayName("over a dataset of 2,000 generated listings with every dataset field: one dataset node, linked to each listing")
    void dataset() throws Exception {
        ListingCorpus corpus = new ListingCorpus(11L);
        List<ObjectNode> listings = new java.util.ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            listings.add(corpus.next(i));
        }
        ObjectNode fields = ListingCorpus.datasetFields();
        Graph fast = fastPath(fields, listings);
        Graph standard = jsonLdDataset(fields, listings);
        assertThat(fast.size()).isEqualTo(standard.size());
        assertThat(fast.isIsomorphicWith(standard)).isTrue();
        var link = org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/opdl/ns#listing");
        assertThat(fast.find(null, link, null).toList()).hasSize(listings.size());
    }

    @Test
    @DisplayName("the N-Triples reader reads a dataset back, streamed: its fields first, then each linked listing")
    void datasetReadBack() throws Exception {
        ListingCorpus corpus = new ListingCorpus(12L);
        List<ObjectNode> listings = List.of(corpus.next(0), corpus.next(1), corpus.next(2));
        byte[] nt = nTriples(ListingCorpus.datasetFields(), listings);
        List<Object> events = new java.util.ArrayList<>();
        new NTriplesListingReader(Limits.DEFAULT).read("d.nt", new ByteArrayInputStream(nt),
                new org.opdl.schema.format.DatasetSink() {
                    @Override
                    public void dataset(ObjectNode fields) {
                        events.add(fields);
                    }

                    @Override
                    public void record(SourceRecord record) {
                        events.add(record.listing().get("id").stringValue());
                    }

                    @Override
                    public void note(org.opdl.model.finding.Finding finding) {
                    }
                });
        assertThat(events).hasSize(4);
        assertThat(events.get(0)).isEqualTo(ListingCorpus.datasetFields());
        assertThat(events.subList(1, 4)).containsExactly(listings.get(0).get("id").stringValue(),
                listings.get(1).get("id").stringValue(), listings.get(2).get("id").stringValue());
    }

    @Test
    @DisplayName("over the template's example listing")
    void example() throws Exception {
        List<ObjectNode> one = List.of(CsvTemplate.example());
        assertThat(fastPath(one).isIsomorphicWith(jsonLd(one))).isTrue();
    }

    @Test
    @DisplayName("JSON-LD naming any other context is refused without touching the network")
    void remoteContextRefused() {
        String doc = "{\"@context\": \"http://127.0.0.1:9/evil.jsonld\", \"title\": \"x\"}";
        GraphListingReader reader = new GraphListingReader(Lang.JSONLD11, Limits.DEFAULT);
        assertThatThrownBy(() -> reader.read("evil.jsonld", new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)),
                r -> { }, f -> { }))
                .isInstanceOfSatisfying(org.opdl.schema.format.ReadException.class,
                        e -> assertThat(e.ruleId()).isEqualTo("opdl.syntax.jsonld-context"))
                .hasMessageContaining("http://127.0.0.1:9/evil.jsonld");
    }
}
