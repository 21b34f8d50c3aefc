package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opdl.cli.exit.ExitCode;

/**
 * The built jar as a process when the output cannot be finished (catalogue O2, O3) and under a
 * Turkish locale and the farthest time zone (O11): the target is whole or untouched, and the bytes
 * written do not depend on where the machine is.
 */
@DisplayName("opdl as a process: whole output or none, and the same bytes everywhere")
class OutputIT {

    @TempDir
    Path dir;

    /** An NDJSON file of {@code n} listings, enough for the CSV output to take many blocks. */
    private Path listings(int n) throws IOException {
        Path in = dir.resolve("in.ndjson");
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            b.append("{\"id\":\"listing:nsi/lab-").append(i).append("\",\"title\":{\"en\":\"Producers Lab ").append(i)
                    .append("\",\"fr\":\"Laboratoire des producteurs ").append(i).append("\"},\"topics\":[\"development\",\"financing\"]}\n");
        }
        Files.writeString(in, b, StandardCharsets.UTF_8);
        return in;
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    @DisplayName("O2: when the disk refuses more bytes (a 64 KiB file-size limit), exit 3, the old file stays and no temporary file is left")
    void diskFull() throws Exception {
        Path in = listings(5_000);
        Path out = dir.resolve("out.csv");
        Files.writeString(out, "the old listings");
        Cli r = Cli.runJar(List.of("bash", "-c", "ulimit -f 64 && exec \"$0\" \"$@\""), List.of("-XX:-UsePerfData", "-Xshare:off"),
                Map.of(), "convert", in.toString(), "-o", out.toString(), "--force");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.INPUT);
        assertThat(r.errLines()).singleElement().asString().contains("out.csv").contains("nothing was written");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Files.readString(out)).isEqualTo("the old listings");
        assertThat(names()).containsExactly("in.ndjson", "out.csv");
    }

    @Test
    @DisplayName("O3: kill -9 during a large conversion leaves the old file whole; only a stray temporary file may remain")
    void killed() throws Exception {
        Path in = listings(300_000);
        Path out = dir.resolve("out.csv");
        Files.writeString(out, "the old listings");
        Process p = Cli.startJar(List.of(), List.of(), Map.of(), "convert", in.toString(), "-o", out.toString(), "--force");
        p.getInputStream().close();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        boolean writing = false;
        while (!writing && p.isAlive() && System.nanoTime() < deadline) {
            try (Stream<Path> s = Files.list(dir)) {
                writing = s.anyMatch(f -> f.getFileName().toString().startsWith(".opdl-") && size(f) > 0);
            }
            Thread.sleep(5);
        }
        assertThat(writing).as("the temporary file grew while the conversion ran").isTrue();
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isNotZero();
        assertThat(Files.readString(out)).isEqualTo("the old listings");
        assertThat(names()).allMatch(n -> n.equals("in.ndjson") || n.equals("out.csv") || n.matches("\\.opdl-[a-z0-9]{10}\\.tmp"));
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }

    @Test
    @DisplayName("O11: under tr_TR and TZ=Pacific/Kiritimati, conversions and reports are byte for byte the same")
    void localeAndZone() throws Exception {
        String root = System.getProperty("opdl.root", ".");
        Path example = Path.of(root, "docs/examples/cmpa-production-mentorship.json");
        Path invalid = Path.of(root, "docs/examples/invalid/bad-email.json");
        List<String> turkish = List.of("-Duser.language=tr", "-Duser.country=TR", "-Duser.timezone=Pacific/Kiritimati");
        Map<String, String> kiritimati = Map.of("TZ", "Pacific/Kiritimati", "LANG", "tr_TR.UTF-8", "LC_ALL", "tr_TR.UTF-8");
        List<List<String>> runs = List.of(
                List.of("convert", example.toString(), "--to", "csv"),
                List.of("convert", example.toString().replace(".json", ".csv"), "--to", "json"),
                List.of("convert", example.toString(), "--to", "ttl"),
                List.of("convert", example.toString(), "--to", "rdfxml"),
                List.of("validate", invalid.toString(), "--as-of", "2025-02-01"),
                List.of("validate", invalid.toString(), "--as-of", "2025-02-01", "--format", "json"),
                List.of("validate", invalid.toString(), "--as-of", "2025-02-01", "--format", "sarif", "--lang", "fr"));
        for (List<String> args : runs) {
            Cli here = Cli.runJar(List.of(), List.of("-Duser.language=en", "-Duser.country=CA", "-Duser.timezone=UTC"),
                    Map.of("TZ", "UTC"), args.toArray(String[]::new));
            Cli there = Cli.runJar(List.of(), turkish, kiritimati, args.toArray(String[]::new));
            assertThat(here.out()).as(String.join(" ", args)).isNotEmpty();
            assertThat(there.code()).as(String.join(" ", args)).isEqualTo(here.code());
            assertThat(there.out()).as(String.join(" ", args)).isEqualTo(here.out());
        }
    }
}
