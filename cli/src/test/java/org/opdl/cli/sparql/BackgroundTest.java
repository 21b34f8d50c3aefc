package org.opdl.cli.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.finding.Finding;
import org.opdl.schema.format.DatasetSink;
import org.opdl.schema.format.SourceMap;
import org.opdl.schema.format.SourceRecord;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The thread that writes a publication's graphs while its listings are validated. */
@DisplayName("Background")
class BackgroundTest {

    private static SourceRecord listing(int i) {
        ObjectNode l = JsonNodeFactory.instance.objectNode().put("id", "listing:telefilm/program-" + i);
        return new SourceRecord(i, l, pointer -> null, List.of());
    }

    /** Keeps what it receives, in order, and fails on the listing given, or runs out of memory on it. */
    private static final class Kept implements DatasetSink {
        final List<String> seen = new ArrayList<>();
        final int failOn;
        final int runsOutOn;

        Kept(int failOn) {
            this(failOn, -1);
        }

        Kept(int failOn, int runsOutOn) {
            this.failOn = failOn;
            this.runsOutOn = runsOutOn;
        }

        @Override
        public void dataset(ObjectNode fieldsBefore, SourceMap places) {
            seen.add("dataset " + fieldsBefore.path("publisher").asString());
        }

        @Override
        public void record(SourceRecord record) {
            if (record.index() == failOn) {
                throw new IllegalStateException("cannot write listing " + failOn);
            }
            if (record.index() == runsOutOn) {
                throw new OutOfMemoryError("Java heap space");
            }
            seen.add(record.listing().path("id").asString());
        }

        @Override
        public void note(Finding finding) {
            seen.add("note");
        }

        @Override
        public void datasetEnd(ObjectNode fieldsAfter) {
            seen.add("end");
        }
    }

    @Test
    @DisplayName("hands everything on in order, to the first sink and then to its own thread's")
    void order() {
        Kept first = new Kept(-1);
        Kept second = new Kept(-1);
        try (Background b = new Background(second)) {
            DatasetSink both = first.andThen(b);
            both.dataset(JsonNodeFactory.instance.objectNode().put("publisher", "Telefilm Canada"), pointer -> null);
            for (int i = 0; i < 10_000; i++) {
                both.record(listing(i));
            }
            both.datasetEnd(JsonNodeFactory.instance.objectNode());
            b.finish();
        }
        assertThat(second.seen).hasSize(10_002).startsWith("dataset Telefilm Canada", "listing:telefilm/program-0")
                .endsWith("listing:telefilm/program-9999", "end");
        assertThat(second.seen).isEqualTo(first.seen);
    }

    @Test
    @DisplayName("keeps the first failure for finish, and drops what comes after it without blocking")
    void failure() {
        Kept target = new Kept(3);
        try (Background b = new Background(target)) {
            for (int i = 0; i < 10_000; i++) {
                b.record(listing(i));
            }
            assertThatThrownBy(b::finish).isInstanceOf(IllegalStateException.class).hasMessage("cannot write listing 3");
        }
        assertThat(target.seen).containsExactly("listing:telefilm/program-0", "listing:telefilm/program-1",
                "listing:telefilm/program-2");
    }
    @Test
    @DisplayName("keeps an error such as a heap run out for finish too, and still drains, so the sender never waits on a full queue")
    void error() {
        Kept target = new Kept(-1, 3);
        try (Background b = new Background(target)) {
            for (int i = 0; i < 10_000; i++) {
                b.record(listing(i));
            }
            assertThatThrownBy(b::finish).isInstanceOf(OutOfMemoryError.class).hasMessage("Java heap space");
        }
        assertThat(target.seen).hasSize(3).endsWith("listing:telefilm/program-2");
    }
}
