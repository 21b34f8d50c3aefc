package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
