package org.opdl.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@DisplayName("K31: the first file of a merge is opened once, and the others' heads are read only when it has no dataset fields")
class FirstHeadTest {

    private static final ObjectNode CMPA = (ObjectNode) JsonMapper.builder().build().readTree("""
            {"standardVersion": "0.2", "publisher": {"id": "provider:cmpa", "name": {"en": "CMPA"}}}
            """);

    private final AtomicInteger othersRead = new AtomicInteger();

    private FirstHead head(boolean pending) {
        return new FirstHead(pending, othersRead::incrementAndGet);
    }

    @Nested
    @DisplayName("a first file with dataset fields (the industry body's workbook, with its publisher and licence)")
    class WithFields {

        @Test
        @DisplayName("settles the dataset by itself: no other file is opened ahead")
        void othersNotRead() {
            FirstHead first = head(true);
            first.reached(CMPA);
            first.reached(null);
            assertThat(othersRead).hasValue(0);
        }
    }

    @Nested
    @DisplayName("a first file without dataset fields (a provider's bare export)")
    class Bare {

        @Test
        @DisplayName("reaching its first listing reads the others' heads, once")
        void firstListing() {
            FirstHead first = head(true);
            first.reached(null);
            first.reached(null);
            assertThat(othersRead).hasValue(1);
        }

        @Test
        @DisplayName("empty fields are no fields")
        void emptyFields() {
            FirstHead first = head(true);
            first.reached(JsonMapper.builder().build().createObjectNode());
            assertThat(othersRead).hasValue(1);
        }
    }

    @Test
    @DisplayName("a merge of one file, and every file after the first, reads no head ahead")
    void nothingPending() {
        head(false).reached(null);
        FirstHead.NONE.reached(null);
        assertThat(othersRead).hasValue(0);
    }
}
