package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.opdl.cli.exit.ExitCode;
import org.opdl.schema.testing.Canary;
import org.opdl.schema.testing.NoNetwork;

/**
 * Hostile files through {@code opdl validate} in this JVM: each ends in a finding or a one-line
 * error naming the file, within a time limit, with no stack trace and no request to the canary.
 */
@ExtendWith(NoNetwork.class)
@DisplayName("opdl validate on hostile files")
class HostileValidateTest {

    private static final Duration LIMIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private Cli validate(String name, byte[] content, String... more) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        String[] args = new String[more.length + 2];
        args[0] = "validate";
        args[1] = file.toString();
        System.arraycopy(more, 0, args, 2, more.length);
        return assertTimeoutPreemptively(LIMIT, () -> Cli.run(args));
    }

    private static void noTrace(Cli r) {
        assertThat(r.out() + r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    @DisplayName("J23: $ref, $schema and @context naming the canary are plain data; nothing is fetched")
    void remoteNamesInData() throws IOException {
        String url = Canary.get().url("/latest/meta-data");
        String json = "[{\"$ref\": \"" + url + "\", \"$schema\": \"" + url + "\", \"@context\": \"" + url
                + "\", \"id\": \"listing:cfc/producers-lab\"}]";
        Cli r = validate("remote.json", json.getBytes(StandardCharsets.UTF_8));
        assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
        noTrace(r);
        assertThat(Canary.get().hits()).isEmpty();
    }

    @Test
    @DisplayName("J1: 100,000 opening brackets end in a syntax finding with a place, not a stack overflow")
    void deepNesting() throws IOException {
        Cli r = validate("deep.json", "[".repeat(100_000).getBytes(StandardCharsets.US_ASCII));
        assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.out()).contains("deep.json").contains("opdl.syntax.json");
        noTrace(r);
    }

    @Test
    @DisplayName("J10, J13: trailing garbage and a truncated string are syntax findings naming the file")
    void truncatedAndTrailing() throws IOException {
        Cli truncated = validate("cut.json", "[{\"title\": {\"en\": \"Producers La".getBytes(StandardCharsets.UTF_8));
        assertThat(truncated.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(truncated.out()).contains("cut.json").contains("opdl.syntax.json");
        noTrace(truncated);
    }

    @Test
    @DisplayName("Limits: a negative --max-depth is a one-line usage error, exit 2")
    void badLimit() throws IOException {
        Cli r = validate("ok.json", "[]".getBytes(StandardCharsets.UTF_8), "--max-depth", "-1");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.errLines()).singleElement().asString().contains("--max-");
    }

    @Test
    @DisplayName("Limits: --regex-time is accepted and the run still succeeds on an empty list")
    void raisedLimit() throws IOException {
        Cli r = validate("ok.json", "[]".getBytes(StandardCharsets.UTF_8), "--regex-time", "1000", "--max-depth", "128");
        assertThat(r.code()).isEqualTo(ExitCode.OK);
        noTrace(r);
    }
}
