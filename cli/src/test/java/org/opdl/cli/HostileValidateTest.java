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

    static final String HEAD = "Listing ID,Title (en),Title (fr),Start date,Contact name\r\n";

    @Test
    @DisplayName("C4: text garbled by a wrong encoding is a warning at its row and column, with the repair it suggests")
    void mojibake() throws IOException {
        Cli r = validate("garbled.csv", (HEAD + "listing:nsi/producers-lab,Producers Lab,Laboratoire dâ€™Ã©criture,2026-09-01,Coordination\r\n")
                .getBytes(StandardCharsets.UTF_8), "--as-of", "2026-01-01");
        assertThat(r.out()).contains("opdl.text.mojibake-suspect").contains("garbled.csv: row 2, column \"Title (fr)\"")
                .contains("“â€™”, which looks like “’”");
        noTrace(r);
        Cli fr = validate("garbled.csv", (HEAD + "listing:nsi/producers-lab,Producers Lab,Labo Ã©criture,2026-09-01,Coordination\r\n")
                .getBytes(StandardCharsets.UTF_8), "--as-of", "2026-01-01", "--lang", "fr");
        assertThat(fr.out()).contains("opdl.text.mojibake-suspect").contains("rangée 2").contains("ressemble à « é »");
    }

    @Test
    @DisplayName("C12: a two-digit year and 29 February 1900 are refused by the validator at their row and column")
    void spreadsheetDates() throws IOException {
        Cli r = validate("dates.csv", (HEAD + "listing:nsi/lab-1,Lab,Labo,2/3/25,Coordination\r\n"
                + "listing:nsi/lab-2,Lab,Labo,1900-02-29,Coordination\r\n").getBytes(StandardCharsets.UTF_8), "--as-of", "2026-01-01");
        assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.out()).contains("dates.csv: row 2, column \"Start date\"").contains("dates.csv: row 3, column \"Start date\"")
                .contains("opdl.structure.format");
        noTrace(r);
    }

    @Test
    @DisplayName("O13: escape sequences and line breaks in a file name and in values are printed escaped, never raw")
    void terminalInjection() throws IOException {
        String name = "evil\u001b[2K\u001b]8;;x.example\u0007link\nforged.csv";
        Cli r = validate(name, (HEAD + "listing:nsi/lab-1,\"Lab\u001b[31m red\nOK: all fine\",Labo,2026-09-01,Coordination\r\n")
                .getBytes(StandardCharsets.UTF_8), "--as-of", "2026-01-01");
        assertThat(r.out()).doesNotContain("\u001b").doesNotContain("\u0007").contains("evil\\u001B[2K").contains("\\u000Aforged.csv");
        assertThat(r.out().lines()).noneMatch(l -> l.startsWith("OK: all fine"));
        noTrace(r);
        Cli missing = Cli.run("validate", dir.resolve("gone\u001b[2K.csv").toString());
        assertThat(missing.code()).isEqualTo(ExitCode.INPUT);
        assertThat(missing.err()).doesNotContain("\u001b").contains("gone\\u001B[2K.csv");
    }
}
