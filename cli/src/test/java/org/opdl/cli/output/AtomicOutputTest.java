package org.opdl.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The atomic output when writing fails part way (catalogue O2): the target is untouched and no temporary file stays. */
@DisplayName("AtomicOutput when a write fails part way")
class AtomicOutputTest {

    @TempDir
    Path dir;

    private String[] files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    @DisplayName("O2: an I/O error after 90 % of the output leaves the old file as it was and removes the temporary file")
    void failurePartWay() throws IOException {
        Path target = dir.resolve("listings.csv");
        Files.writeString(target, "the old listings");
        assertThatThrownBy(() -> assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try (AtomicOutput out = AtomicOutput.open(target, java.util.List.of(), true, new PrintWriter(new StringWriter()))) {
                byte[] row = "listing:nsi/producers-lab,Producers Lab\r\n".getBytes(StandardCharsets.UTF_8);
                for (int i = 0; i < 90_000; i++) {
                    out.stream().write(row);
                }
                assertThat(files()).hasSize(2);
                throw new IOException("No space left on device");
            }
        })).isInstanceOf(IOException.class).hasMessage("No space left on device");
        assertThat(Files.readString(target)).isEqualTo("the old listings");
        assertThat(files()).containsExactly("listings.csv");
    }

    @Test
    @DisplayName("O2: to standard output, a failure part way prints nothing at all")
    void failureToStdout() throws IOException {
        StringWriter stdout = new StringWriter();
        assertThatThrownBy(() -> {
            try (AtomicOutput out = AtomicOutput.open(null, java.util.List.of(), false, new PrintWriter(stdout))) {
                out.stream().write("[{\"id\": \"listing:nsi/producers-lab\"}".getBytes(StandardCharsets.UTF_8));
                throw new IOException("Broken pipe");
            }
        }).isInstanceOf(IOException.class);
        assertThat(stdout.toString()).isEmpty();
    }
}
