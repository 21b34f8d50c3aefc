package org.opdl.schema.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Work done on workers, handed back in order")
class OrderedWorkTest {

    @Test
    @DisplayName("hands 10,000 results back in the order they were given, on 4 workers")
    void order() {
        List<Integer> seen = new ArrayList<>();
        try (OrderedWork<Integer> work = new OrderedWork<>(seen::add, 4)) {
            for (int i = 0; i < 10_000; i++) {
                int n = i;
                work.add(() -> n);
            }
            work.finish();
        }
        assertThat(seen).containsExactlyElementsOf(IntStream.range(0, 10_000).boxed().toList());
    }

    @Test
    @DisplayName("a piece that throws stops the run at its place: what came before is handed on, nothing after")
    void failureInPlace() {
        List<Integer> seen = new ArrayList<>();
        assertThatThrownBy(() -> {
            try (OrderedWork<Integer> work = new OrderedWork<>(seen::add, 2)) {
                for (int i = 0; i < 3_000; i++) {
                    int n = i;
                    work.add(() -> {
                        if (n == 1_234) {
                            throw new IllegalArgumentException("line 1235");
                        }
                        return n;
                    });
                }
                work.finish();
            }
        }).isInstanceOf(IllegalArgumentException.class).hasMessage("line 1235");
        assertThat(seen).containsExactlyElementsOf(IntStream.range(0, 1_234).boxed().toList());
    }

    @Test
    @DisplayName("a small piece of work starts no thread: it all runs on the caller's thread")
    void smallRunsInline() {
        List<String> threads = new ArrayList<>();
        try (OrderedWork<String> work = new OrderedWork<>(threads::add, 4)) {
            for (int i = 0; i < 100; i++) {
                work.add(() -> Thread.currentThread().getName());
            }
            work.finish();
        }
        assertThat(threads).hasSize(100).containsOnly(Thread.currentThread().getName());
    }
}
