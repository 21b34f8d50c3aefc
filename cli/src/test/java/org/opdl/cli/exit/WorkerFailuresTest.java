package org.opdl.cli.exit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("What escapes a worker thread")
class WorkerFailuresTest {

    private final WorkerFailures failures = new WorkerFailures();
    private final Thread worker = new Thread(() -> { }, "opdl-parse");

    @Test
    @DisplayName("is nothing to report when no worker failed")
    void none() {
        assertThat(failures.unexplained()).isNull();
    }

    @Test
    @DisplayName("is the first failure a shortage of memory does not explain")
    void first() {
        IllegalStateException broken = new IllegalStateException("broken");
        failures.uncaughtException(worker, broken);
        failures.uncaughtException(worker, new IllegalArgumentException("later"));
        assertThat(failures.unexplained()).isSameAs(broken);
    }

    @Test
    @DisplayName("is explained, and not reported, once a worker ran out of memory, before or after a lock failed under it")
    void explainedByMemory() {
        failures.uncaughtException(worker, new IllegalMonitorStateException());
        failures.uncaughtException(worker, new OutOfMemoryError("Java heap space"));
        assertThat(failures.unexplained()).isNull();
    }

    @Test
    @DisplayName("is explained when the heap running out is its cause")
    void causedByMemory() {
        failures.uncaughtException(worker, new IllegalStateException("wrapped", new OutOfMemoryError("Java heap space")));
        assertThat(failures.unexplained()).isNull();
    }
}
