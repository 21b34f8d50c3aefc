package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opdl.cli.exit.ExitCode;

/**
 * The built jar as a process in pipelines and on many files: {@code -} for standard input,
 * {@code -o -} for standard output, several inputs, and the progress line, {@code --quiet} and
 * {@code --verbose} of long runs (issues 19 and 21).
 */
@DisplayName("opdl as a process: pipes, many files and progress")
class PipesIT {

    private static final Path ROOT = Path.of(System.getProperty("opdl.root", ".."));
    private static final Path EXAMPLE = ROOT.resolve("docs/examples/cmpa-production-mentorship.json");

    @TempDir
    Path dir;

    /** A wrapper that runs the jar with {@code file} as its standard input. */
    private static List<String> stdin(Path file) {
        return List.of("bash", "-c", "exec \"$0\" \"$@\" < \"$OPDL_STDIN\"");
    }

    private static Map<String, String> from(Path file) {
        return Map.of("OPDL_STDIN", file.toString());
    }

    @Nested
    @DisplayName("- and -o -")
    class Dash {

        @Test
        @DisplayName("validate - reads standard input, its format told by its content, and names it - in the report")
        void validateStdin() throws Exception {
            Cli file = Cli.runJar("validate", EXAMPLE.toString(), "--as-of", "2025-02-01", "--format", "json");
            Cli piped = Cli.runJar(stdin(EXAMPLE), List.of(), from(EXAMPLE), "validate", "-", "--as-of", "2025-02-01", "--format", "json");
            assertThat(piped.code()).as(piped.err()).isEqualTo(file.code());
            assertThat(piped.json().get("summary")).isEqualTo(file.json().get("summary"));
            assertThat(piped.out()).contains("\"-\"");
        }

        @Test
        @DisplayName("convert - -o - reads standard input and writes standard output; a file named - is never made")
        void convertStdinStdout() throws Exception {
            Path csv = dir.resolve("sheet.csv");
            assertThat(Cli.runJar("convert", EXAMPLE.toString(), "-o", csv.toString()).code()).isEqualTo(ExitCode.OK);
            Cli piped = Cli.runJar(stdin(csv), List.of(), from(csv), "convert", "-", "--from", "csv", "--to", "json", "-o", "-");
            assertThat(piped.code()).as(piped.err()).isEqualTo(ExitCode.OK);
            Cli direct = Cli.runJar("convert", csv.toString(), "--to", "json");
            assertThat(piped.json()).isEqualTo(direct.json());
            assertThat(Path.of("-")).doesNotExist();
        }

        @Test
        @DisplayName("- given twice is a usage error; standard input whose format cannot be told says so, with --from, exit 3")
        void stdinMisuse() throws Exception {
            Cli twice = Cli.runJar("validate", "-", "-");
            assertThat(twice.code()).isEqualTo(ExitCode.USAGE);
            assertThat(twice.err()).contains("only once");
            Path junk = dir.resolve("junk");
            Files.writeString(junk, "not listings at all\n");
            Cli r = Cli.runJar(stdin(junk), List.of(), from(junk), "convert", "-", "--to", "json");
            assertThat(r.code()).isEqualTo(ExitCode.INPUT);
            assertThat(r.err()).contains("opdl: -: the format of standard input cannot be told from its start")
                    .contains("name its format with --from").doesNotContain("row 1").doesNotContain("Exception");
        }
    }

    @Nested
    @DisplayName("standard input closed (<&-)")
    class Closed {

        @Test
        @DisplayName("- is refused, exit 3, naming - and the fix in both languages, where the JVM's own file was read or the JVM crashed")
        void closedStandardInput() throws Exception {
            List<String> closed = List.of("bash", "-c", "exec \"$0\" \"$@\" <&-");
            for (String command : List.of("validate", "convert")) {
                Cli r = Cli.runJar(closed, List.of(), Map.of(), command, "-", "--from", "csv", "--to", "json");
                if (command.equals("validate")) {
                    r = Cli.runJar(closed, List.of(), Map.of(), command, "-");
                }
                assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.INPUT);
                assertThat(r.err()).contains("cannot read standard input (-): it is closed").contains("< listings.csv")
                        .doesNotContain("Exception").doesNotContain("row 1");
                assertThat(r.out()).isEmpty();
            }
            Cli fr = Cli.runJar(closed, List.of(), Map.of(), "validate", "-", "--lang", "fr");
            assertThat(fr.code()).isEqualTo(ExitCode.INPUT);
            assertThat(fr.err()).contains("impossible de lire l'entrée standard (-) : elle est fermée");
        }
    }

    @Nested
    @DisplayName("many files")
    class Many {

        @Test
        @DisplayName("convert a.json b.ndjson makes one dataset with the listings of both, in order")
        void convertMany() throws Exception {
            Path a = OutputSafetyIT.listings(Files.createDirectory(dir.resolve("a")), 3);
            Path b = OutputSafetyIT.listings(Files.createDirectory(dir.resolve("b")), 5);
            Files.writeString(b, Files.readString(b).replace("lab-", "workshop-"));
            Cli r = Cli.runJar("convert", a.toString(), b.toString(), EXAMPLE.toString(), "--to", "json");
            assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
            assertThat(r.json().size()).isEqualTo(9);
            assertThat(r.json().get(0).get("id").stringValue()).isEqualTo("listing:nsi/lab-1");
            assertThat(r.json().get(3).get("id").stringValue()).isEqualTo("listing:nsi/workshop-1");
            assertThat(r.err()).contains("converted 9 listings from ndjson+json to json");
        }

        @Test
        @DisplayName("two datasets whose own fields differ are refused, naming both files, rather than one set dropped")
        void differentDatasets() throws Exception {
            Path one = dir.resolve("one.json");
            Files.copy(ROOT.resolve("docs/examples/dataset.json"), one);
            Path two = dir.resolve("two.json");
            Files.writeString(two, Files.readString(one).replace("2025-11-28T12:00:00Z", "2026-03-01T09:30:00Z")
                .replace("listing:cmpa/", "listing:cmpa/spring-"));
            Cli r = Cli.runJar("convert", one.toString(), two.toString(), "--to", "json");
            assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.INPUT);
            assertThat(r.err()).contains("two.json").contains("one.json").contains("dataset fields");
            assertThat(r.out()).isEmpty();
        }

        @Test
        @DisplayName("validate takes many files, standard input among them")
        void validateMany() throws Exception {
            Cli r = Cli.runJar(stdin(EXAMPLE), List.of(), from(EXAMPLE), "validate", EXAMPLE.toString(), "-", "--as-of", "2025-02-01");
            assertThat(r.out()).contains("(2 files)");
        }
    }

    @Nested
    @DisplayName("progress, --quiet and --verbose")
    class Chatter {

        private static final List<String> TERMINAL = List.of("-Dopdl.stderr.tty=true", "-Dopdl.progress.after=0");

        @Test
        @DisplayName("a terminal gets a progress line on standard error (listings, rate, time left), and the output is unchanged")
        void progressLine() throws Exception {
            Path in = OutputSafetyIT.listings(dir, 8_000);
            Cli quiet = Cli.runJar("convert", in.toString(), "--to", "nt");
            Cli shown = Cli.runJarWith(TERMINAL, "convert", in.toString(), "--to", "nt");
            assertThat(shown.code()).isEqualTo(ExitCode.OK);
            assertThat(shown.err()).contains("\r").containsPattern("opdl: [\\d,]+ listings, [\\d,]+ a second, about \\d+:\\d\\d left");
            assertThat(shown.out()).isEqualTo(quiet.out());
            assertThat(quiet.err()).doesNotContain("\r").doesNotContain("a second");

            Cli french = Cli.runJarWith(TERMINAL, "validate", in.toString(), "--lang", "fr", "--format", "json");
            assertThat(french.err()).containsPattern("opdl : [\\d\u202f]+ fiches, [\\d\u202f]+ par seconde");
            assertThat(french.out()).doesNotContain("\r").doesNotContain("par seconde");
        }

        @Test
        @DisplayName("standard input has no size: the line gives no time left")
        void progressWithoutSize() throws Exception {
            Path in = OutputSafetyIT.listings(dir, 8_000);
            Cli r = Cli.runJar(stdin(in), TERMINAL, from(in), "validate", "-");
            assertThat(r.err()).contains("a second").doesNotContain("left");
        }

        @Test
        @DisplayName("--quiet leaves only errors on standard error; --verbose adds timings")
        void quietAndVerbose() throws Exception {
            Path in = OutputSafetyIT.listings(dir, 2_000);
            Cli quiet = Cli.runJarWith(TERMINAL, "convert", in.toString(), "--to", "csv", "--quiet");
            assertThat(quiet.code()).isEqualTo(ExitCode.OK);
            assertThat(quiet.err()).isEmpty();
            Cli verbose = Cli.runJar("convert", in.toString(), "--to", "csv", "--verbose");
            assertThat(verbose.err()).contains("converted 2,000 listings").containsPattern("2,000 listings in \\d+\\.\\d\\d s \\([\\d,]+ a second\\)");
            Cli validate = Cli.runJar("validate", in.toString(), "-v", "--lang", "fr");
            assertThat(validate.err()).containsPattern("validation : 2\u202f000 fiches en \\d+,\\d\\d s").contains("rapport écrit");
            Cli both = Cli.runJar("validate", in.toString(), "-q", "-v");
            assertThat(both.code()).isEqualTo(ExitCode.USAGE);
            Path bad = dir.resolve("bad.json");
            Files.writeString(bad, "[{\"id\": ", StandardCharsets.UTF_8);
            Cli error = Cli.runJar("convert", bad.toString(), "--to", "csv", "--quiet");
            assertThat(error.code()).isEqualTo(ExitCode.INPUT);
            assertThat(error.err()).contains("bad.json");
        }
    }
}
