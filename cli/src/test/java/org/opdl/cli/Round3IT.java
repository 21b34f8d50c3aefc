package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.opdl.cli.exit.ExitCode;
import org.opdl.schema.testing.NoNetwork;

/**
 * Third hostile round through the built jar: a closed standard output, a full disk under the
 * commands that only print, and the JVM's locale set to Turkish and Canadian French.
 */
@ExtendWith(NoNetwork.class)
@DisplayName("Third hostile round through the jar: closed output, full disk, locales")
class Round3IT {

    @TempDir
    static Path dir;
    static Path base;

    @BeforeAll
    static void fixtures() throws IOException {
        Round3 r = Round3.in(dir);
        base = dir.resolve("base.json");
        String text = r.text("csv");
        int end = text.indexOf("\r\n");
        // Headings in capitals: under a Turkish locale, "TITLE".toLowerCase() is "tıtle" unless the root locale is used.
        Files.writeString(dir.resolve("capitals.csv"), text.substring(0, end).toUpperCase(java.util.Locale.ROOT) + text.substring(end));
    }

    private static Cli jar(List<String> wrapper, List<String> jvm, String... args) throws Exception {
        Cli c = Cli.runJar(wrapper, jvm, Map.of(), args);
        assertThat(c.out() + c.err()).doesNotContain("Exception").doesNotContain("internal error");
        return c;
    }

    @Test
    @DisplayName("O26: standard output closed (>&-): convert and validate exit 3 with one clear line, never 'converted'")
    void closedStandardOutput() throws Exception {
        List<String> closed = List.of("bash", "-c", "exec \"$0\" \"$@\" >&-");
        for (String to : List.of("json", "csv", "ttl")) {
            Cli c = jar(closed, List.of(), "convert", base.toString(), "--to", to);
            assertThat(c.code()).as(to + ": " + c.err()).isEqualTo(ExitCode.INPUT);
            assertThat(c.err()).contains("cannot write to standard output").doesNotContain("converted");
        }
        Cli v = jar(closed, List.of(), "validate", base.toString(), "--as-of", Round3.AS_OF);
        assertThat(v.code()).isEqualTo(ExitCode.INPUT);
    }

    @Test
    @DisplayName("O27: > /dev/full under rules, stages, vocab, template and --help: exit 3, never 0")
    void fullDiskForPrintingCommands() throws Exception {
        List<String> full = List.of("bash", "-c", "exec \"$0\" \"$@\" > /dev/full");
        for (String[] args : List.of(new String[] {"rules"}, new String[] {"stages"}, new String[] {"vocab"},
                new String[] {"template"}, new String[] {"--help"})) {
            Cli c = jar(full, List.of(), args);
            assertThat(c.code()).as(String.join(" ", args)).isEqualTo(ExitCode.INPUT);
            assertThat(c.err()).contains("cannot write to standard output");
        }
    }

    @Test
    @DisplayName("L25: under tr_TR, capital headings, --format SARIF and --rule …=INFO read as under en_CA")
    void turkishLocale() throws Exception {
        List<String> tr = List.of("-Duser.language=tr", "-Duser.country=TR");
        Cli caps = jar(List.of(), tr, "validate", dir.resolve("capitals.csv").toString(), "--as-of", Round3.AS_OF);
        assertThat(caps.code()).as(caps.out()).isEqualTo(ExitCode.OK);
        assertThat(caps.out()).contains("in 1 listing");
        Cli sarif = jar(List.of(), tr, "validate", base.toString(), "--as-of", Round3.AS_OF, "--format", "SARIF",
                "--rule", "opdl.structure.range=INFO", "--fail-on", "WARNING");
        assertThat(sarif.code()).as(sarif.err()).isEqualTo(ExitCode.OK);
        assertThat(sarif.out()).contains("\"version\" : \"2.1.0\"");
    }

    @Test
    @DisplayName("L26: under fr_CA (decimal comma) every conversion and the report are byte for byte those of en_CA")
    void frenchCanadianLocale() throws Exception {
        List<String> fr = List.of("-Duser.language=fr", "-Duser.country=CA");
        List<String> en = List.of("-Duser.language=en", "-Duser.country=CA");
        for (String to : List.of("csv", "ttl", "rdfxml", "jsonld", "json")) {
            Cli a = jar(List.of(), fr, "convert", base.toString(), "--to", to);
            Cli b = jar(List.of(), en, "convert", base.toString(), "--to", to);
            assertThat(a.out()).as(to).isEqualTo(b.out()).contains("25.00");
        }
        Cli a = jar(List.of(), fr, "validate", base.toString(), "--as-of", Round3.AS_OF, "--format", "json");
        Cli b = jar(List.of(), en, "validate", base.toString(), "--as-of", Round3.AS_OF, "--format", "json");
        assertThat(a.out()).isEqualTo(b.out());
    }
}
