package org.opdl.cli.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Standard input closed at start is told apart from a file redirected into opdl")
class ClosedStandardInputTest {

    @TempDir
    Path dir;

    private Path fd;
    private Path javaHome;
    private Path jar;

    @BeforeEach
    void layout() throws Exception {
        fd = Files.createDirectories(dir.resolve("proc/self/fd"));
        javaHome = Files.createDirectories(dir.resolve("jvm/java-17"));
        Files.createDirectories(javaHome.resolve("lib"));
        jar = Files.createFile(dir.resolve("opdl.jar"));
    }

    @Test
    @DisplayName("closed and not reused, or reused by the JVM's runtime image or by opdl's own jar: closed")
    void closed() throws Exception {
        assertThat(ClosedStandardInput.closed(fd.resolve("0"), javaHome, jar)).isTrue();
        Files.createSymbolicLink(fd.resolve("0"), javaHome.resolve("lib/modules"));
        assertThat(ClosedStandardInput.closed(fd.resolve("0"), javaHome, jar)).isTrue();
        Files.delete(fd.resolve("0"));
        Files.createSymbolicLink(fd.resolve("0"), jar);
        assertThat(ClosedStandardInput.closed(fd.resolve("0"), javaHome, jar)).isTrue();
    }

    @Test
    @DisplayName("a redirected file, a pipe or a terminal is open; without /proc nothing is refused")
    void open() throws Exception {
        Path listings = Files.writeString(dir.resolve("listings.csv"), "Listing ID\n");
        Files.createSymbolicLink(fd.resolve("0"), listings);
        assertThat(ClosedStandardInput.closed(fd.resolve("0"), javaHome, jar)).isFalse();
        Files.delete(fd.resolve("0"));
        Files.createSymbolicLink(fd.resolve("0"), Path.of("pipe:[4026531]"));
        assertThat(ClosedStandardInput.closed(fd.resolve("0"), javaHome, jar)).isFalse();
        assertThat(ClosedStandardInput.closed(dir.resolve("no-proc/self/fd/0"), javaHome, jar)).isFalse();
    }
}
