package org.opdl.validator.internal.memo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A memo of per-value answers")
class MemoTest {

    @Test
    @DisplayName("works an answer out once and gives it again for an equal text")
    void remembers() {
        AtomicInteger calls = new AtomicInteger();
        Memo<Integer> memo = new Memo<>(64, s -> {
            calls.incrementAndGet();
            return s.length();
        });
        assertThat(memo.get("labs@nsi-canada.ca")).isEqualTo(18);
        assertThat(memo.get(new String("labs@nsi-canada.ca"))).isEqualTo(18);
        assertThat(calls).hasValue(1);
    }

    @Test
    @DisplayName("keeps no text longer than its bound, and gives right answers however many texts it sees")
    void staysBoundedAndRight() {
        AtomicInteger calls = new AtomicInteger();
        Memo<String> memo = new Memo<>(16, s -> {
            calls.incrementAndGet();
            return s.toUpperCase();
        });
        String long1 = "https://example.ca/a-very-long-address";
        memo.get(long1);
        memo.get(long1);
        assertThat(calls).hasValue(2);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 3 * Memo.LIMIT; i++) {
            texts.add("program-" + i);
        }
        for (String t : texts) {
            assertThat(memo.get(t)).isEqualTo(t.toUpperCase());
        }
        for (String t : texts) {
            assertThat(memo.get(t)).isEqualTo(t.toUpperCase());
        }
    }
}
