package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opdl.cli.exit.ExitCode;

@DisplayName("the small files that steer a command: a match profile, a query, a credentials file")
class SideFileTest {

    private static final Path ROOT = Path.of(System.getProperty("opdl.root", ".."));
    private static final String SAMPLE = ROOT.resolve("docs/data/programs-0.2.json").toString();
    private static final String STORE = "http://127.0.0.1:9/opdl";

    @TempDir
    Path dir;

    @Test
    @DisplayName("a named pipe nobody writes to is refused at once, not waited on for ever")
    void namedPipe() throws Exception {
        Path fifo = dir.resolve("profile.json");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(p.waitFor() == 0, "mkfifo is available");
        for (String[] args : new String[][] {
                {"match", "--profile", fifo.toString(), SAMPLE},
                {"query", fifo.toString(), SAMPLE},
                {"publish", "--to", STORE, "--credentials", fifo.toString(), SAMPLE}}) {
            Cli r = Cli.run(args);
            assertThat(r.code()).as(args[0]).isEqualTo(ExitCode.INPUT);
            assertThat(r.err()).as(args[0]).contains("cannot read " + fifo + ": it is a named pipe (FIFO), not a file");
        }
    }

    @Test
    @DisplayName("a device such as /dev/zero is refused, not read until memory runs out, in both languages")
    void device() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "/dev/zero exists");
        Cli r = Cli.run("match", "--profile", zero.toString(), SAMPLE);
        assertThat(r.code()).isEqualTo(ExitCode.INPUT);
        assertThat(r.err()).contains("cannot read /dev/zero: it is a device, not a file; give the path of the file itself")
                .doesNotContain("memory");
        Cli fr = Cli.run("query", "--lang", "fr", zero.toString(), "--endpoint", STORE, "--credentials", zero.toString());
        assertThat(fr.code()).isEqualTo(ExitCode.INPUT);
        assertThat(fr.err()).contains("impossible de lire /dev/zero : c'est un périphérique");
    }

    @Test
    @DisplayName("a folder and a file of more than 1 MB are refused with what to check")
    void folderAndHuge() throws IOException {
        Cli folder = Cli.run("match", "--profile", dir.toString(), SAMPLE);
        assertThat(folder.code()).isEqualTo(ExitCode.INPUT);
        assertThat(folder.err()).contains("cannot read " + dir + ": it is a folder, not a file").doesNotContain("Is a directory");
        Path huge = dir.resolve("profile.json");
        Files.writeString(huge, "{\"completedWorks\": 2, \"note\": \"" + "a".repeat(2 << 20) + "\"}");
        Cli r = Cli.run("match", "--profile", huge.toString(), SAMPLE);
        assertThat(r.code()).isEqualTo(ExitCode.INPUT);
        assertThat(r.err()).contains("it holds more than 1 MB");
    }

    @Test
    @DisplayName("a query saved in Windows-1252 names its line and says to save it as UTF-8, in both languages")
    void windows1252() throws IOException {
        Path q = dir.resolve("résumé.rq");
        Files.write(q, "PREFIX opdl: <https://w3id.org/opdl/ns#>\n# programmes de mi-carrière\nSELECT * WHERE { ?s ?p ?o }\n"
                .getBytes(Charset.forName("windows-1252")));
        Cli r = Cli.run("query", q.toString(), SAMPLE);
        assertThat(r.code()).isEqualTo(ExitCode.INPUT);
        assertThat(r.err()).contains(q + ": line 2 holds a byte that is not UTF-8").contains("save it as UTF-8")
                .doesNotContain("Input length");
        Cli fr = Cli.run("query", "--lang", "fr", q.toString(), SAMPLE);
        assertThat(fr.err()).contains("la ligne 2 contient un octet qui n'est pas de l'UTF-8");
    }
}
