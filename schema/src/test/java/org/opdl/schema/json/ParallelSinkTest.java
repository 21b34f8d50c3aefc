package org.opdl.schema.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.finding.Finding;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ParallelSink;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.SourceRecord;
import tools.jackson.databind.node.ObjectNode;

@DisplayName("A parallel sink's work on each listing runs on the parsing threads, its answers kept in file order")
class ParallelSinkTest {

    /** A sink that prepares each listing's title in capitals, noting the threads it ran on, and writes what it records in order. */
    private static final class Titles implements ParallelSink<String> {
        final List<String> out = new ArrayList<>();
        final Set<String> threads = ConcurrentHashMap.newKeySet();

        @Override
        public String prepare(SourceRecord r) {
            threads.add(Thread.currentThread().getName());
            return r.listing().path("title").path("en").asString("").toUpperCase(java.util.Locale.ROOT);
        }

        @Override
        public void record(SourceRecord r, String prepared) {
            out.add(r.index() + " " + r.listing().path("id").asString() + " " + prepared);
        }

        @Override
        public void dataset(ObjectNode fields) {
            out.add("dataset " + fields);
        }

        @Override
        public void note(Finding f) {
            out.add("note " + f.ruleId() + " " + f.location());
        }
    }

    private static Titles read(String ndjson, int threads) throws IOException {
        Titles t = new Titles();
        try {
            new NdjsonListingReader(Limits.DEFAULT, threads).read("programs.ndjson",
                    new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)), t);
        } catch (ReadException e) {
            t.out.add("stop " + e.rule().id() + " " + e.location());
        }
        return t;
    }

    /** 3,000 labs of a provider, after a dataset line, with a byte-order mark in the middle. */
    private static StringBuilder labs() {
        StringBuilder s = new StringBuilder("{\"type\": \"Dataset\", \"standardVersion\": \"0.2\"}\n");
        for (int i = 0; i < 3_000; i++) {
            s.append(i == 1_200 ? "\uFEFF" : "").append("{\"id\": \"listing:nfb/lab-").append(i)
                    .append("\", \"title\": {\"en\": \"Documentary lab ").append(i).append("\"}}\n");
        }
        return s;
    }

    @Test
    @DisplayName("records every listing with its own prepared answer, in the order one thread gives, and prepares on the parsing threads")
    void same() throws IOException {
        String file = labs().toString();
        Titles one = read(file, 1);
        Titles many = read(file, 2);
        assertThat(one.out).hasSize(1 + 3_000 + 1).contains("2999 listing:nfb/lab-2999 DOCUMENTARY LAB 2999");
        assertThat(many.out).containsExactlyElementsOf(one.out);
        assertThat(one.threads).containsOnly(Thread.currentThread().getName());
        assertThat(many.threads).contains("opdl-parse");
    }

    @Test
    @DisplayName("a broken line stops both reads at the same place, after the same records")
    void sameStop() throws IOException {
        StringBuilder s = labs();
        s.insert(s.indexOf("{\"id\": \"listing:nfb/lab-2100\""), "{\"id\": \"listing:nfb/broken\", \n");
        Titles one = read(s.toString(), 1);
        assertThat(one.out.get(one.out.size() - 1)).startsWith("stop opdl.syntax.json");
        assertThat(read(s.toString(), 2).out).containsExactlyElementsOf(one.out);
    }
}
