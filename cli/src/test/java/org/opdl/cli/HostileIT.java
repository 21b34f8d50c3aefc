package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.opdl.cli.exit.ExitCode;
import org.opdl.schema.testing.Canary;
import org.opdl.schema.testing.NoNetwork;

/** The built jar, run with every proxy pointing at the canary, on files that name remote resources. */
@ExtendWith(NoNetwork.class)
@DisplayName("opdl validate, as a process behind the canary proxy, never reaches the network")
class HostileIT {

    @TempDir
    Path dir;

    @Test
    @DisplayName("J23, L1: remote names in the data and the @context reach neither the canary nor its proxy door")
    void noRequests() throws Exception {
        String json = "[{\"@context\": \"https://attacker.example/ctx.jsonld\", \"$ref\": \"http://169.254.169.254/latest\","
                + " \"$schema\": \"" + Canary.get().url("/schema") + "\", \"id\": \"listing:cfc/producers-lab\"}]";
        Path file = dir.resolve("remote.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        Cli r = Cli.runJar("validate", file.toString(), "--format", "json");
        assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.err()).doesNotContain("Exception");
        assertThat(Canary.get().hits()).isEmpty();
    }

    @Test
    @DisplayName("J3, J21: a 30,000,000-character string and 30 million tokens end in a limit finding within a small heap")
    void boundedMemory() throws Exception {
        Path string = dir.resolve("string.json");
        try (var out = Files.newOutputStream(string)) {
            out.write("[{\"title\": {\"en\": \"".getBytes(StandardCharsets.US_ASCII));
            byte[] block = "a".repeat(1_000_000).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 30; i++) {
                out.write(block);
            }
            out.write("\"}}]".getBytes(StandardCharsets.US_ASCII));
        }
        Cli r = Cli.runJarWith(List.of("-Xmx96m"), "validate", string.toString());
        assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.out()).contains("opdl.limit.json").contains("string.json: line 1");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("OutOfMemoryError");

        Path tokens = dir.resolve("tokens.json");
        try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(tokens), 1 << 16)) {
            out.write("[{\"topics\": [0".getBytes(StandardCharsets.US_ASCII));
            byte[] zeros = ",0".repeat(1_000_000).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 30; i++) {
                out.write(zeros);
            }
            out.write("]}]".getBytes(StandardCharsets.US_ASCII));
        }
        Cli t = Cli.runJarWith(List.of("-Xmx384m"), "validate", tokens.toString());
        assertThat(t.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(t.out()).contains("opdl.limit.json").contains("--max-record-size");
        assertThat(t.err()).doesNotContain("Exception").doesNotContain("OutOfMemoryError");
    }
}
