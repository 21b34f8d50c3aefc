package org.opdl.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A watched output stream keeps the system's first reason for a failed write")
class FailureWatchTest {

    /** A disk that takes {@code room} bytes, then says it is full, then that the device failed. */
    private static final class FillingDisk extends OutputStream {
        private int room;
        private int failures;

        FillingDisk(int room) {
            this.room = room;
        }

        @Override
        public void write(int b) throws IOException {
            if (room-- <= 0) {
                throw new IOException(failures++ == 0 ? "No space left on device" : "Input/output error");
            }
        }
    }

    @Test
    @DisplayName("what fits is written, and the first failure is the one kept, not a later one")
    void keepsTheFirstFailure() throws IOException {
        FailureWatch watch = new FailureWatch(new FillingDisk(4));
        watch.write("Lab ".getBytes(StandardCharsets.UTF_8));
        assertThat(watch.failure()).isNull();
        assertThatThrownBy(() -> watch.write('x')).hasMessage("No space left on device");
        assertThatThrownBy(() -> watch.write('y')).hasMessage("Input/output error");
        assertThat(watch.failure()).hasMessage("No space left on device");
    }

    @Test
    @DisplayName("closing it leaves the stream under it open for its owner")
    void closeLeavesTheStreamOpen() throws IOException {
        ByteArrayOutputStream under = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("the owner closes the stream it opened");
            }
        };
        try (FailureWatch watch = new FailureWatch(under)) {
            watch.write("Atelier d'été".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(under.toString(StandardCharsets.UTF_8)).isEqualTo("Atelier d'été");
    }
}
