package org.opdl.schema.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.finding.Finding;
import org.opdl.schema.convert.ListingCorpus;
import org.opdl.schema.format.DatasetSink;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ListingReader;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.SourceRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@DisplayName("NDJSON read keeping only some top-level fields")
class TopFieldsTest {

    private static final Set<String> KEPT = Set.of("id", "title", "eligibility", "intakes", "fees", "standardVersion");

    private static List<ObjectNode> read(ListingReader reader, String ndjson) throws IOException {
        List<ObjectNode> out = new ArrayList<>();
        reader.read("programs.ndjson", new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)), new DatasetSink() {
            @Override
            public void dataset(ObjectNode fields) {
                out.add(fields);
            }

            @Override
            public void record(SourceRecord r) {
                out.add(r.listing());
            }

            @Override
            public void note(Finding f) {
                // A file-level note tells nothing of the fields kept.
            }
        });
        return out;
    }

    private static ObjectNode cut(ObjectNode whole) {
        ObjectNode c = whole.deepCopy();
        c.retain(KEPT);
        if (whole.has("type")) {
            c.set("type", whole.get("type"));
        }
        return c;
    }

    @Test
    @DisplayName("gives each listing's kept fields as the whole read does, on 3,000 varied listings after a dataset line")
    void same() throws IOException {
        StringBuilder s = new StringBuilder(ListingCorpus.datasetFields().toString()).append('\n');
        ListingCorpus corpus = new ListingCorpus(7);
        for (long n = 0; n < 3_000; n++) {
            s.append(corpus.next(n)).append('\n');
        }
        List<ObjectNode> whole = read(new NdjsonListingReader(Limits.DEFAULT, 2), s.toString());
        List<ObjectNode> kept = read(new NdjsonListingReader(Limits.DEFAULT, 2).keeping(KEPT), s.toString());
        assertThat(kept).hasSize(3_001);
        assertThat(kept.get(0).path("standardVersion").asString()).isEqualTo("0.2");
        assertThat(kept.get(0).path("type").asString()).isEqualTo("Dataset");
        for (int i = 0; i < whole.size(); i++) {
            assertThat((JsonNode) kept.get(i)).isEqualTo(cut(whole.get(i)));
        }
        assertThat(kept.get(1).has("description")).isFalse();
    }

    @Test
    @DisplayName("still stops at a syntax error inside a field it skips, naming its line")
    void skippedStillChecked() {
        String file = "{\"id\": \"listing:nsi/lab\", \"description\": {\"en\": \"Lab\" \"fr\": \"Labo\"}}\n";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> read(new NdjsonListingReader(Limits.DEFAULT, 1).keeping(KEPT), file))
                .isInstanceOf(ReadException.class)
                .satisfies(e -> assertThat(((ReadException) e).location().toString()).contains("1"));
    }
}
