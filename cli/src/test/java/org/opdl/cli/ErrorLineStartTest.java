package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opdl.cli.exit.ExitCode;

@DisplayName("Every line opdl writes on standard error starts as its language writes it")
class ErrorLineStartTest {

    private static final Path ROOT = Path.of(System.getProperty("opdl.root", ".."));
    private static final String SAMPLE = ROOT.resolve("docs/data/programs-0.2.json").toString();

    @Nested
    @DisplayName("in French, « opdl : » with a space before the colon")
    class French {
        @Test
        @DisplayName("the refusal of a match profile that is not JSON")
        void matchProfile(@TempDir Path dir) throws IOException {
            Path profile = Files.writeString(dir.resolve("productrice-montreal.json"), "{\"credits\": deux}\n");
            Cli fr = Cli.run("match", "--profile", profile.toString(), SAMPLE, "--lang", "fr");
            assertThat(fr.code()).isEqualTo(ExitCode.USAGE);
            assertThat(fr.errLines()).singleElement().asString()
                    .startsWith("opdl : le profil ").contains("productrice-montreal.json ne peut pas être apparié");
            Cli en = Cli.run("match", "--profile", profile.toString(), SAMPLE);
            assertThat(en.errLines()).singleElement().asString()
                    .startsWith("opdl: the profile ").contains("productrice-montreal.json cannot be matched");
        }

        @Test
        @DisplayName("a file that cannot be read, an unknown option and a reader's note, as the summary lines already did")
        void inputUsageAndNotes(@TempDir Path dir) throws IOException {
            Cli missing = Cli.run("validate", dir.resolve("automne.json").toString(), "--lang", "fr");
            assertThat(missing.code()).isEqualTo(ExitCode.INPUT);
            assertThat(missing.err()).startsWith("opdl : impossible de lire ");
            Cli unknown = Cli.run("convert", "--too", "ttl", SAMPLE, "--lang", "fr");
            assertThat(unknown.code()).isEqualTo(ExitCode.USAGE);
            assertThat(unknown.err()).startsWith("opdl : ");
            Path csv = dir.resolve("spira.csv");
            // Saved as Windows-1252, as Excel saves a "CSV" on a French Windows: the reader says so in a note.
            String sheet = Files.readString(ROOT.resolve("docs/data/programs-0.2.csv")).replace("\uFEFF", "");
            Files.writeString(csv, sheet, Charset.forName("windows-1252"));
            Cli noted = Cli.run("convert", csv.toString(), "--to", "json", "-o", dir.resolve("out.json").toString(), "--lang", "fr");
            assertThat(noted.errLines()).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("opdl : "));
        }

        @Test
        @DisplayName("a fault of opdl itself, in French words too (« erreur interne », not \"internal error\")")
        void internalError() {
            StringWriter err = new StringWriter();
            int code = Main.run(new PrintWriter(new BrokenWriter(), true), new PrintWriter(err, true), "stages", "--lang", "fr");
            assertThat(code).isEqualTo(ExitCode.INTERNAL);
            assertThat(err.toString()).startsWith("opdl : erreur interne : ").contains("c'est un bogue d'opdl")
                    .doesNotContain("internal error");
        }
    }

    /** A writer that fails as no real output does, to reach the handler of opdl's own faults. */
    private static final class BrokenWriter extends Writer {
        @Override
        public void write(char[] chars, int offset, int length) {
            throw new IllegalStateException("a writer that always fails");
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
