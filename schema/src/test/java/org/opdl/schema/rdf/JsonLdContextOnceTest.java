package org.opdl.schema.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.schema.convert.ListingCorpus;
import tools.jackson.databind.node.ObjectNode;

@DisplayName("JSON-LD output names the OPDL context once, at the top, and means the same graph")
class JsonLdContextOnceTest {

    /** Listings as a single-listing file gives them, each naming the context. */
    private static List<ObjectNode> listingsNamingTheContext(long seed, int count) {
        ListingCorpus corpus = new ListingCorpus(seed);
        List<ObjectNode> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ObjectNode listing = corpus.next(i);
            ObjectNode named = listing.objectNode();
            named.put("@context", OpdlContext.IRI);
            named.setAll(listing);
            out.add(named);
        }
        return out;
    }

    private static String written(ObjectNode dataset, List<ObjectNode> listings) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FastPathIsomorphismTest.writeAll(new JsonLdListingWriter(out), dataset, listings);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Graph titanium(String jsonLd) {
        return RDFParser.create().source(new ByteArrayInputStream(jsonLd.getBytes(StandardCharsets.UTF_8)))
                .lang(Lang.JSONLD11).context(JsonLdLoading.jenaContext()).toGraph();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    @Test
    @DisplayName("an @graph of 500 listings that each named the context: one @context, and the graph of the context repeated in each item")
    void graphOfListings() throws Exception {
        List<ObjectNode> listings = listingsNamingTheContext(31L, 500);
        String out = written(null, listings);
        assertThat(count(out, "\"@context\"")).isEqualTo(1);
        assertThat(out).startsWith("{\n  \"@context\" : \"" + OpdlContext.IRI + "\"");
        Graph now = titanium(out);
        Graph before = FastPathIsomorphismTest.jsonLd(listings);
        assertThat(now.size()).isEqualTo(before.size());
        assertThat(now.isIsomorphicWith(before)).isTrue();
    }

    @Test
    @DisplayName("a dataset whose listings each named the context: one @context, at the dataset's top, and the same graph")
    void datasetOfListings() throws Exception {
        List<ObjectNode> listings = listingsNamingTheContext(32L, 50);
        ObjectNode fields = ListingCorpus.datasetFields();
        String out = written(fields, listings);
        assertThat(count(out, "\"@context\"")).isEqualTo(1);
        assertThat(titanium(out).isIsomorphicWith(FastPathIsomorphismTest.jsonLdDataset(fields, listings))).isTrue();
    }

    @Test
    @DisplayName("a listing naming a context other than the document's keeps it, as it changes what the listing means")
    void otherContextKept() throws Exception {
        ObjectNode listing = listingsNamingTheContext(33L, 1).get(0);
        listing.put("@context", OpdlContext.IRI_0_1);
        String out = written(null, List.of(listing));
        assertThat(count(out, "\"@context\"")).isEqualTo(2);
        assertThat(out).contains("\"@context\" : \"" + OpdlContext.IRI_0_1 + "\"");
    }
}
