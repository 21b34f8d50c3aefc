package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opdl.cli.exit.ExitCode;

/** Inputs and option values that make no sense get a clear message and the right exit code (issue 15). */
@DisplayName("opdl refuses odd inputs and option values clearly")
class InputRefusalTest {

    private static final Path ROOT = Path.of(System.getProperty("opdl.root", ".."));
    private static final String INVALID = ROOT.resolve("docs/examples/invalid/bad-email.json").toString();
    private static final String EXAMPLE = ROOT.resolve("docs/examples/cmpa-production-mentorship.json").toString();

    @TempDir
    Path dir;

    @Nested
    @DisplayName("an input that is not a file is named as what it is")
    class NotAFile {

        @Test
        @DisplayName("a folder, for validate and convert, in English and French")
        void folder() {
            for (Cli r : List.of(Cli.run("validate", dir.toString()), Cli.run("convert", dir.toString(), "--to", "json"))) {
                assertThat(r.code()).isEqualTo(ExitCode.INPUT);
                assertThat(r.err()).contains("is a folder").doesNotContain("no such file");
            }
            assertThat(Cli.run("validate", dir.toString(), "--lang", "fr").err()).contains("c'est un dossier");
        }

        @Test
        @DisplayName("a folder named with its closing slash, as the shell completes it, is given a pattern with one slash")
        void folderWithItsSlash() {
            Cli r = Cli.run("validate", dir + "/");
            assertThat(r.err()).contains("name the files in it, such as " + dir + "/*.json").doesNotContain("//*.json");
        }

        @Test
        @DisplayName("a named pipe is refused without being opened, so nothing waits for a writer")
        void fifo() throws Exception {
            Path fifo = dir.resolve("listings.ndjson");
            assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
            Cli r = Cli.run("validate", fifo.toString());
            assertThat(r.code()).isEqualTo(ExitCode.INPUT);
            assertThat(r.err()).contains("named pipe").contains("- <").doesNotContain("no such file");
        }

        @Test
        @DisplayName("a missing file is still 'no such file'")
        void missing() {
            Cli r = Cli.run("validate", dir.resolve("nowhere.json").toString());
            assertThat(r.code()).isEqualTo(ExitCode.INPUT);
            assertThat(r.err()).contains("nowhere.json: no such file");
        }

        @Test
        @DisplayName("a pattern that matched no file, which the shell passes as written, is named as such, in English and French")
        void patternMatchingNothing() {
            String pattern = dir.resolve("exports/*.csv").toString();
            for (String command : List.of("validate", "convert")) {
                Cli r = command.equals("validate") ? Cli.run("validate", pattern) : Cli.run("convert", pattern, "--to", "json");
                assertThat(r.code()).as(command).isEqualTo(ExitCode.INPUT);
                assertThat(r.err()).as(command).contains("exports/*.csv: no such file")
                        .contains("the name holds a pattern (*, ? or [) that matched no file")
                        .contains("check the folder and the extension");
            }
            assertThat(Cli.run("validate", pattern, "--lang", "fr").err()).contains("fichier introuvable")
                    .contains("le nom contient un motif (*, ? ou [) qui ne désigne aucun fichier");
        }

        @Test
        @DisplayName("a Windows path with backslashes names the path this system reads, when that file is there")
        void windowsBackslashes() throws Exception {
            java.nio.file.Files.createDirectories(dir.resolve("exports"));
            java.nio.file.Files.copy(Path.of(EXAMPLE), dir.resolve("exports/spring.json"));
            String windows = dir + "\\exports\\spring.json";
            Cli r = Cli.run("validate", windows);
            assertThat(r.code()).isEqualTo(ExitCode.INPUT);
            assertThat(r.err()).contains("no such file").contains("folders are separated by /, not \\")
                    .contains("give " + dir.resolve("exports/spring.json"));
            assertThat(Cli.run("validate", windows, "--lang", "fr").err()).contains("les dossiers sont séparés par /, pas par \\");
            assertThat(Cli.run("validate", dir + "\\exports\\autumn.json").err()).contains("autumn.json: no such file")
                    .doesNotContain("separated");
        }
    }

    @Nested
    @DisplayName("option values")
    class Values {

        @Test
        @DisplayName("--as-of at the far edges of the calendar is a usage error, not an internal error")
        void asOfEdges() {
            for (String date : List.of("-999999999-01-01", "+999999999-12-31", "0000-01-01", "1899-12-31", "3000-01-01")) {
                Cli r = Cli.run("validate", INVALID, "--as-of", date);
                assertThat(r.code()).as(date).isEqualTo(ExitCode.USAGE);
                assertThat(r.err()).as(date).contains("--as-of").contains("1900-01-01").doesNotContain("internal error");
            }
            assertThat(Cli.run("validate", EXAMPLE, "--as-of", "2999-12-31").code()).isNotEqualTo(ExitCode.USAGE);
        }

        @Test
        @DisplayName("--max-shown 0 and -1 are usage errors")
        void maxShownRange() {
            for (String n : List.of("0", "-1")) {
                Cli r = Cli.run("validate", INVALID, "--max-shown", n);
                assertThat(r.code()).as(n).isEqualTo(ExitCode.USAGE);
                assertThat(r.err()).contains("--max-shown");
            }
        }

        @Test
        @DisplayName("--max-shown N shows N occurrences and counts the rest exactly in 'and K more'")
        void maxShownCount() throws java.io.IOException {
            // The example with its three addresses (provider website, program page, source) made insecure:
            // one rule, three occurrences.
            Path insecure = dir.resolve("insecure.json");
            java.nio.file.Files.writeString(insecure, java.nio.file.Files.readString(Path.of(EXAMPLE)).replace("https://cmpa.ca/", "http://cmpa.ca/"));
            Cli two = Cli.run("validate", insecure.toString(), "--max-shown", "2", "--as-of", "2025-02-01");
            String group = two.out().substring(two.out().indexOf("opdl.links.insecure"));
            assertThat(group).startsWith("opdl.links.insecure — ").contains("(3)");
            assertThat(group).contains("… and 1 more");
            Cli fr = Cli.run("validate", insecure.toString(), "--max-shown", "1", "--as-of", "2025-02-01", "--lang", "fr");
            assertThat(fr.out()).contains("… et 2 de plus");
        }

        @Test
        @DisplayName("help offers sarif only where it is written; elsewhere --format sarif is a usage error")
        void sarifOnlyForValidate() {
            for (String command : List.of("rules", "stages", "vocab", "classify")) {
                assertThat(Cli.run(command, "--help").out()).as(command).doesNotContain("sarif");
            }
            assertThat(Cli.run("validate", "--help").out()).contains("sarif");
            Cli r = Cli.run("rules", "--format", "sarif");
            assertThat(r.code()).isEqualTo(ExitCode.USAGE);
            assertThat(r.err()).contains("validate");
        }
    }
}
