package org.opdl.schema.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.finding.Finding;
import org.opdl.schema.format.DatasetSink;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.SourceRecord;
import tools.jackson.databind.node.ObjectNode;

@DisplayName("NDJSON read on several threads gives the answers of the plain read")
class ParallelNdjsonTest {

    /** What a read handed on, in order, written out so that two reads compare as text. */
    private static List<String> read(String ndjson, int threads) {
        return read(ndjson, threads, Limits.DEFAULT);
    }

    private static List<String> read(String ndjson, int threads, Limits limits) {
        List<String> out = new ArrayList<>();
        try {
            new NdjsonListingReader(limits, threads).read("programs.ndjson",
                    new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)), new DatasetSink() {
                        @Override
                        public void dataset(ObjectNode fields) {
                            out.add("dataset " + fields);
                        }

                        @Override
                        public void record(SourceRecord r) {
                            out.add(r.index() + " " + r.listing() + " @ " + r.sourceMap().locate("/title/fr"));
                        }

                        @Override
                        public void note(Finding f) {
                            out.add("note " + f.ruleId() + " " + f.location() + " " + f.message().en());
                        }
                    });
        } catch (ReadException e) {
            out.add("stop " + e.rule().id() + " " + e.location() + " " + e.text().en());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    /** 2,000 labs of a provider, after a dataset line, with a blank line and a joined-file byte-order mark. */
    private static StringBuilder labs(int count) {
        StringBuilder s = new StringBuilder("{\"type\": \"Dataset\", \"standardVersion\": \"0.2\"}\n");
        for (int i = 0; i < count; i++) {
            if (i == 700) {
                s.append("\n\uFEFF");
            }
            s.append("{\"id\": \"listing:nsi/lab-").append(i).append("\", \"title\": {\"en\": \"Producers Lab ").append(i)
                    .append("\", \"fr\": \"Laboratoire des producteurs ").append(i).append("\"}, \"programTypes\": [\"lab\"]}\n");
        }
        return s;
    }

    @Test
    @DisplayName("the same records, indexes, places and notes, in the same order")
    void same() {
        String file = labs(2_000).toString();
        List<String> plain = read(file, 1);
        assertThat(plain).hasSize(1 + 2_000 + 2);
        assertThat(read(file, 4)).containsExactlyElementsOf(plain);
    }

    @Test
    @DisplayName("a broken line far into the file stops both reads at the same place, after the same records")
    void sameStop() {
        StringBuilder s = labs(2_000);
        s.insert(s.indexOf("{\"id\": \"listing:nsi/lab-1500\""), "{\"id\": \"listing:nsi/broken\", \"title\": \n");
        String file = s.toString();
        List<String> plain = read(file, 1);
        assertThat(plain.get(plain.size() - 1)).startsWith("stop opdl.syntax.json");
        assertThat(read(file, 4)).containsExactlyElementsOf(plain);
    }

    @Test
    @DisplayName("a file over the size limit is stopped at the same line, after the same records")
    void sameLimit() {
        String file = labs(2_000).toString();
        Limits small = Limits.DEFAULT.withMaxFileBytes(file.length() / 2);
        List<String> plain = read(file, 1, small);
        assertThat(plain.get(plain.size() - 1)).startsWith("stop opdl.limit.file");
        assertThat(plain.size()).isBetween(900, 1_100);
        assertThat(read(file, 4, small)).containsExactlyElementsOf(plain);
    }
}
