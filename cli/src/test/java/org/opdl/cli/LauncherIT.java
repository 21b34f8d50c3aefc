package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opdl.cli.exit.ExitCode;

@DisplayName("The class-data-sharing archive and the ./opdl launcher")
class LauncherIT {

    private static final Path ROOT = Path.of(System.getProperty("opdl.root", "..")).toAbsolutePath();
    private static final Path JAR = Path.of(System.getProperty("opdl.jar")).toAbsolutePath();
    private static final Path ARCHIVE = JAR.resolveSibling("opdl.jsa");
    private static final String LISTING = ROOT.resolve(
            "validator/src/main/resources/org/opdl/validator/conformance/base-listing.json").toString();
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private static Cli run(List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(env);
        // The launcher runs the java on the PATH: the one running the tests, as the one that made the archive.
        builder.environment().put("PATH", Path.of(JAVA).getParent() + File.pathSeparator + System.getenv("PATH"));
        Path out = Files.createTempFile("opdl-launcher", ".out");
        Path err = Files.createTempFile("opdl-launcher", ".err");
        try {
            Process p = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("did not finish within 120 s: " + command);
            }
            return new Cli(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.delete(out);
            Files.delete(err);
        }
    }

    @Test
    @DisplayName("the archive maps, and the CLI's and picocli's classes come from it")
    void archiveHoldsTheClasses() throws Exception {
        Cli r = run(List.of(JAVA, "-XX:SharedArchiveFile=" + ARCHIVE, "-Xshare:on", "-Xlog:class+load",
                "-cp", JAR.toString(), "org.opdl.cli.Main", "validate", LISTING, "--as-of", "2025-02-01"), Map.of());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.out())
                .contains("org.opdl.cli.Main source: shared objects file")
                .contains("picocli.CommandLine source: shared objects file")
                .contains("org.opdl.validator.internal.schema.SchemaGate source: shared objects file")
                .contains("Summary: 0 errors");
    }

    /** A copy of the launcher in a folder of its own, whose jar and archive link to the built ones. */
    @Nested
    @DisplayName("a launcher whose sources are older than its jar")
    class Launcher {

        @TempDir
        Path root;

        private Path target;

        @BeforeEach
        void setUp() throws IOException {
            Files.copy(ROOT.resolve("opdl"), root.resolve("opdl"));
            target = Files.createDirectories(root.resolve("cli/target"));
            Files.createSymbolicLink(target.resolve("opdl.jar"), JAR);
            Files.createSymbolicLink(target.resolve("opdl.jsa"), ARCHIVE);
            Path source = Files.createDirectories(root.resolve("cli/src/main/java/org/opdl/cli"));
            Files.writeString(source.resolve("Main.java"), "class Main {}\n");
            Files.setLastModifiedTime(source.resolve("Main.java"), FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        }

        /** The links go first, so that the folder's clean-up never reaches the built files. */
        @AfterEach
        void unlink() throws IOException {
            Files.deleteIfExists(target.resolve("opdl.jar"));
            Files.deleteIfExists(target.resolve("opdl.jsa"));
        }

        private Cli launch(Map<String, String> env, String... args) throws Exception {
            List<String> command = new ArrayList<>(List.of("sh", root.resolve("opdl").toString()));
            command.addAll(List.of(args));
            return run(command, env);
        }

        @Test
        @DisplayName("runs the jar with the archive, and without it when it is missing")
        void usesTheArchive() throws Exception {
            Cli shared = launch(Map.of("OPDL_JAVA_OPTS", "-Xlog:class+load"), "validate", LISTING, "--as-of", "2025-02-01");
            assertThat(shared.code()).as(shared.err()).isEqualTo(ExitCode.OK);
            assertThat(shared.err()).doesNotContain("building");
            assertThat(shared.out()).contains("org.opdl.cli.Main source: shared objects file").contains("Summary: 0 errors");

            Files.delete(target.resolve("opdl.jsa"));
            Cli plain = launch(Map.of("OPDL_JAVA_OPTS", "-Xlog:class+load"), "validate", LISTING, "--as-of", "2025-02-01");
            assertThat(plain.code()).as(plain.err()).isEqualTo(ExitCode.OK);
            assertThat(plain.out()).doesNotContain("org.opdl.cli.Main source: shared objects file").contains("Summary: 0 errors");
        }

        @Test
        @DisplayName("an archive older than the jar is left out, and the run still succeeds")
        void staleArchive() throws Exception {
            Path old = root.resolve("old.jsa");
            Files.copy(ARCHIVE, old);
            Files.setLastModifiedTime(old, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
            Files.delete(target.resolve("opdl.jsa"));
            Files.createSymbolicLink(target.resolve("opdl.jsa"), old);
            Cli r = launch(Map.of("OPDL_JAVA_OPTS", "-Xlog:class+load"), "validate", LISTING, "--as-of", "2025-02-01");
            assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
            assertThat(r.out()).doesNotContain("org.opdl.cli.Main source: shared objects file").contains("Summary: 0 errors");
        }

        @Test
        @DisplayName("under LC_ALL=C a file name with accents still opens; java alone says why it cannot")
        void cLocale() throws Exception {
            Path accented = root.resolve("atelier-été-café.json");
            Files.copy(Path.of(LISTING), accented);
            Cli r = launch(Map.of("LC_ALL", "C", "LANG", "C"), "validate", accented.toString(), "--as-of", "2025-02-01");
            assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
            assertThat(r.out()).contains("Summary: 0 errors");
            Cli plain = run(List.of(JAVA, "-jar", JAR.toString(), "validate", accented.toString()), Map.of("LC_ALL", "C", "LANG", "C"));
            assertThat(plain.code()).isEqualTo(ExitCode.INPUT);
            assertThat(plain.err()).contains("LC_ALL=C.UTF-8").doesNotContain("internal error");
        }

        @Test
        @DisplayName("a terminal on standard error gets the progress line; a file does not")
        void progressOnATerminal() throws Exception {
            Path script = Path.of("/usr/bin/script");
            org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(script), "script(1) is needed to make a terminal");
            Path in = OutputSafetyIT.listings(root, 20_000);
            String command = "sh " + root.resolve("opdl") + " validate " + in + " --format json > " + root.resolve("report.json");
            Cli tty = run(List.of(script.toString(), "-qec", command, "/dev/null"), Map.of("OPDL_JAVA_OPTS", "-Dopdl.progress.after=0"));
            assertThat(tty.out()).containsPattern(" listings?, ").contains("a second");
            assertThat(Files.readString(root.resolve("report.json"))).doesNotContain("a second");
            Cli file = launch(Map.of("OPDL_JAVA_OPTS", "-Dopdl.progress.after=0"), "validate", in.toString(), "--format", "json");
            assertThat(file.err()).doesNotContain("a second");
        }

        @Test
        @DisplayName("a source newer than the jar, however deep, makes it build first; other files do not")
        void rebuildsAfterASourceChange() throws Exception {
            Path notes = root.resolve("cli/src/main/java/org/opdl/cli/notes.txt");
            Files.writeString(notes, "not a source\n");
            assertThat(launch(Map.of(), "--version").code()).isEqualTo(ExitCode.OK);

            Files.writeString(root.resolve("cli/src/main/java/org/opdl/cli/Main.java"), "class Main { }\n");
            // This copy has no Maven project, so the build it starts fails, and says so.
            Cli r = launch(Map.of(), "--version");
            assertThat(r.err()).contains("opdl: building the CLI").contains("the build failed");
            assertThat(r.code()).isEqualTo(ExitCode.INTERNAL);
        }
    }
}
