package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opdl.cli.exit.ExitCode;

/**
 * The built jar as a process when the output is not an ordinary new or old file, changes under it,
 * cannot be written, or the run is stopped by a signal: nothing is destroyed, and lost output is
 * never reported as success (issue 15, defects 3 and 4).
 */
@DisplayName("opdl as a process: outputs safe by construction")
class OutputSafetyIT {

    @TempDir
    Path dir;

    /** An NDJSON file of {@code n} listings of a real-looking lab, large enough to take a while. */
    static Path listings(Path dir, int n) throws IOException {
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

    /** True when this process ignores {@code signal} (its bit in the SigIgn mask of Linux's process status). */
    static boolean ignoredHere(String signal) throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return false;
        }
        int number = switch (signal) {
            case "HUP" -> 1;
            case "INT" -> 2;
            default -> 15;
        };
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("SigIgn:")).findFirst()
                .map(l -> (Long.parseUnsignedLong(l.substring("SigIgn:".length()).strip(), 16) >>> (number - 1) & 1) == 1)
                .orElse(false);
    }

    /** Waits until a temporary file of opdl in {@code where} has bytes, so that the run is part way. */
    static void awaitTemp(Process p, Path where) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (p.isAlive() && System.nanoTime() < deadline) {
            try (Stream<Path> s = Files.list(where)) {
                if (s.anyMatch(f -> f.getFileName().toString().startsWith(".opdl-") && size(f) > 0)) {
                    return;
                }
            }
            Thread.sleep(5);
        }
        throw new AssertionError("no temporary file grew in " + where);
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String read(InputStream in) throws IOException {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Nested
    @DisplayName("-o refuses anything but a regular file or a new path")
    class Refusals {

        @Test
        @DisplayName("a named pipe, /dev/null and a folder are refused with exit 3, even with --force, and stay what they are")
        void specialFiles() throws Exception {
            Path in = listings(dir, 2);
            Path fifo = dir.resolve("pipe");
            assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
            Path folder = Files.createDirectory(dir.resolve("folder"));
            for (String target : List.of(fifo.toString(), "/dev/null", folder.toString())) {
                Cli r = Cli.runJar("convert", in.toString(), "--to", "json", "-o", target, "--force");
                assertThat(r.code()).as(target).isEqualTo(ExitCode.INPUT);
                assertThat(r.errLines()).as(target).singleElement().asString().contains(target).contains("not a file");
            }
            assertThat(Files.isRegularFile(fifo)).isFalse();
            assertThat(Files.isDirectory(folder)).isTrue();
            assertThat(Path.of("/dev/null")).satisfies(p -> assertThat(Files.isRegularFile(p)).isFalse());
            assertThat(names()).containsExactly("folder", "in.ndjson", "pipe");
        }

        @Test
        @DisplayName("opdl schema -o checks like convert: an existing file needs --force, and French is French")
        void schemaNeedsForce() throws Exception {
            Path out = dir.resolve("context.jsonld");
            Files.writeString(out, "my own context");
            Cli r = Cli.runJar("schema", "--artifact", "context", "-o", out.toString(), "--lang", "fr");
            assertThat(r.code()).isEqualTo(ExitCode.USAGE);
            assertThat(r.err()).contains("--force");
            assertThat(Files.readString(out)).isEqualTo("my own context");
            assertThat(Cli.runJar("schema", "--artifact", "context", "-o", out.toString(), "--force").code()).isEqualTo(ExitCode.OK);
            assertThat(Files.readString(out)).contains("@context");
        }
    }

    @Nested
    @DisplayName("--force replaces only the file seen when the run started")
    class Races {

        @Test
        @DisplayName("a file created while the conversion runs is left as it is, exit 3")
        void createdMeanwhile() throws Exception {
            Path in = listings(dir, 300_000);
            Path out = dir.resolve("out.csv");
            Process p = Cli.startJar(List.of(), List.of(), Map.of(), "convert", in.toString(), "-o", out.toString());
            p.getInputStream().close();
            awaitTemp(p, dir);
            Files.writeString(out, "written by someone else");
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String err = read(p.getErrorStream());
            assertThat(p.exitValue()).as(err).isEqualTo(ExitCode.INPUT);
            assertThat(err).contains("out.csv").contains("appeared while");
            assertThat(Files.readString(out)).isEqualTo("written by someone else");
            assertThat(names()).containsExactly("in.ndjson", "out.csv");
        }

        @Test
        @DisplayName("with --force, a file changed while the conversion runs is left as it is, exit 3")
        void changedMeanwhile() throws Exception {
            Path in = listings(dir, 300_000);
            Path out = dir.resolve("out.csv");
            Files.writeString(out, "the old listings");
            Files.setLastModifiedTime(out, FileTime.from(Instant.parse("2025-01-01T00:00:00Z")));
            Process p = Cli.startJar(List.of(), List.of(), Map.of(), "convert", in.toString(), "-o", out.toString(), "--force");
            p.getInputStream().close();
            awaitTemp(p, dir);
            Files.writeString(out, "edited meanwhile");
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String err = read(p.getErrorStream());
            assertThat(p.exitValue()).as(err).isEqualTo(ExitCode.INPUT);
            assertThat(err).contains("out.csv").contains("changed while");
            assertThat(Files.readString(out)).isEqualTo("edited meanwhile");
            assertThat(names()).containsExactly("in.ndjson", "out.csv");
        }
    }

    @Nested
    @DisplayName("temporary files")
    class Temporary {

        @ParameterizedTest(name = "SIG{0}")
        @ValueSource(strings = {"INT", "TERM", "HUP"})
        @DisplayName("are removed when the run is stopped by SIGINT, SIGTERM or SIGHUP, to a file and to standard output")
        void removedOnSignal(String signal) throws Exception {
            // A signal ignored where the tests run (under nohup, or in a background job of a script) stays
            // ignored in every process they start, the JVM included, so it cannot stop the run.
            Assumptions.assumeFalse(ignoredHere(signal), "SIG" + signal + " is ignored where the tests run");
            Path in = listings(dir, 300_000);
            // NDJSON is written as it is read, so its temporary file grows long before the end; a CSV
            // is written only once every listing is known, which left the signal racing the last write.
            Path out = dir.resolve("out.ndjson");
            Files.writeString(out, "the old listings");
            Path tmp = Files.createDirectory(dir.resolve("tmp"));
            for (List<String> target : List.of(List.of("-o", out.toString(), "--force"), List.of("--to", "ndjson"))) {
                List<String> args = new java.util.ArrayList<>(List.of("convert", in.toString()));
                args.addAll(target);
                Process p = Cli.startJar(List.of(), List.of("-Djava.io.tmpdir=" + tmp), Map.of(), args.toArray(String[]::new));
                p.getInputStream().close();
                awaitTemp(p, target.get(0).equals("-o") ? dir : tmp);
                assertThat(new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start().waitFor()).isZero();
                assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
                assertThat(p.exitValue()).isNotZero();
                assertThat(Files.readString(out)).isEqualTo("the old listings");
                assertThat(names()).containsExactly("in.ndjson", "out.ndjson", "tmp");
                try (Stream<Path> s = Files.list(tmp)) {
                    assertThat(s).isEmpty();
                }
            }
        }

        @Test
        @DisplayName("have short names, so that a legal 245-character output name works")
        void longName() throws Exception {
            Path in = listings(dir, 3);
            Path out = dir.resolve("a".repeat(241) + ".csv");
            Cli r = Cli.runJar("convert", in.toString(), "-o", out.toString());
            assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
            assertThat(Files.readString(out)).contains("listing:nsi/lab-3");
        }

        @Test
        @DisplayName("output files follow the umask (0644 under 022, 0600 under 077), replaced or new")
        void umask() throws Exception {
            Path in = listings(dir, 3);
            Path out = dir.resolve("out.json");
            Path context = dir.resolve("context.jsonld");
            for (String umask : List.of("022", "077")) {
                String mode = umask.equals("022") ? "rw-r--r--" : "rw-------";
                List<String> wrapper = List.of("bash", "-c", "umask " + umask + " && exec \"$0\" \"$@\"");
                Cli r = Cli.runJar(wrapper, List.of(), Map.of(), "convert", in.toString(), "-o", out.toString(), "--force");
                assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).as(umask).isEqualTo(mode);
                Cli s = Cli.runJar(wrapper, List.of(), Map.of(), "schema", "--artifact", "context", "-o", context.toString(), "--force");
                assertThat(s.code()).as(s.err()).isEqualTo(ExitCode.OK);
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(context))).as(umask).isEqualTo(mode);
            }
        }
    }

    @Nested
    @DisplayName("lost standard output is an error, never a success")
    class LostOutput {

        private static final List<String> FORMATS = List.of("json", "ndjson", "csv", "ttl", "nt", "jsonld", "rdfxml");

        @Test
        @DisplayName("> /dev/full: every format and validate's reports exit 3 with a clear message and no 'converted'")
        void fullDisk() throws Exception {
            Path in = listings(dir, 2_000);
            List<String> full = List.of("bash", "-c", "exec \"$0\" \"$@\" > /dev/full");
            for (String format : FORMATS) {
                Cli r = Cli.runJar(full, List.of(), Map.of(), "convert", in.toString(), "--to", format);
                assertThat(r.code()).as(format + ": " + r.err()).isEqualTo(ExitCode.INPUT);
                assertThat(r.err()).as(format).contains("cannot write to standard output").doesNotContain("converted")
                        .doesNotContain("internal error");
            }
            for (String report : List.of("text", "json", "sarif")) {
                Cli r = Cli.runJar(full, List.of(), Map.of(), "validate", in.toString(), "--format", report);
                assertThat(r.code()).as(report + ": " + r.err()).isEqualTo(ExitCode.INPUT);
                assertThat(r.err()).as(report).contains("cannot write to standard output");
            }
            Cli s = Cli.runJar(full, List.of(), Map.of(), "schema", "--artifact", "shapes");
            assertThat(s.code()).isEqualTo(ExitCode.INPUT);
            // The reason in the run's language, the system's English words only as a detail (B42).
            Cli fr = Cli.runJar(full, List.of(), Map.of(), "convert", in.toString(), "--to", "nt", "--lang", "fr");
            assertThat(fr.code()).as(fr.err()).isEqualTo(ExitCode.INPUT);
            assertThat(fr.err()).isEqualTo("opdl : impossible d'écrire sur la sortie standard : le disque est plein "
                    + "(le système dit « No space left on device »); la sortie est incomplète\n");
        }

        @Test
        @DisplayName("| head -c 100: every format, in English and French, stops without a word once the reader has gone, exit 141 as SIGPIPE gives (B41)")
        void closedPipe() throws Exception {
            // 60,000 listings write megabytes, far more than any pipe holds: the reader's going is always seen.
            Path in = listings(dir, 60_000);
            List<List<String>> runs = new java.util.ArrayList<>();
            for (String format : FORMATS) {
                runs.add(List.of("convert", in.toString(), "--to", format, "-o", "-"));
            }
            runs.add(List.of("convert", in.toString(), "--to", "nt", "--lang", "fr"));
            for (List<String> args : runs) {
                Process p = Cli.startJar(List.of(), List.of(), Map.of(), args.toArray(String[]::new));
                assertThat(p.getInputStream().readNBytes(100)).hasSize(100);
                p.getInputStream().close();
                String err = read(p.getErrorStream());
                assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(p.exitValue()).as(args + ": " + err).isEqualTo(ExitCode.READER_GONE);
                assertThat(err).as(args.toString()).isEmpty();
            }
        }

        @Test
        @DisplayName("a full disk while the output is written (ulimit -f) is an input/output error for every format, never an internal error")
        void fileTooLarge() throws Exception {
            Path in = listings(dir, 5_000);
            List<String> limited = List.of("bash", "-c", "ulimit -f 64 && exec \"$0\" \"$@\"");
            for (String format : FORMATS) {
                Cli r = Cli.runJar(limited, List.of("-XX:-UsePerfData", "-Xshare:off"), Map.of(), "convert", in.toString(),
                        "--to", format, "-o", dir.resolve("out." + format).toString());
                assertThat(r.code()).as(format + ": " + r.err()).isEqualTo(ExitCode.INPUT);
                assertThat(r.err()).as(format).contains("nothing was written").doesNotContain("internal error");
            }
            assertThat(names()).containsExactly("in.ndjson");
        }
    }
}
