package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opdl.cli.exit.ExitCode;

@DisplayName("U1: an output named for one format never receives another")
class OutputNameTest {

    private static final Path ROOT = Path.of(System.getProperty("opdl.root", ".."));
    private static final String SAMPLE = ROOT.resolve("docs/data/programs-0.2.json").toString();
    private static final String OLD = ROOT.resolve("schema/src/test/resources/org/opdl/schema/migrate/v0.1/dataset.json").toString();

    @TempDir
    private Path dir;

    private void refused(String named, String writes, String rename, String... args) {
        Cli r = Cli.run(args);
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("is named for " + named).contains("writes " + writes)
                .contains("nothing was written").contains("name the file " + rename).doesNotContain("Exception");
    }

    @Test
    @DisplayName("template, convert and migrate refuse --to against -o's extension, and write nothing")
    void disagreeingTo() {
        String t = dir.resolve("t.xlsx").toString();
        refused("xlsx", "csv", "t.csv", "template", "-o", t, "--to", "csv");
        refused("csv", "xlsx", "t.xlsx", "template", "-o", dir.resolve("t.csv").toString(), "--to", "xlsx");
        refused("xlsx", "csv", "c.csv", "convert", SAMPLE, "-o", dir.resolve("c.xlsx").toString(), "--to", "csv");
        refused("csv", "json", "c.json", "convert", SAMPLE, "-o", dir.resolve("c.csv").toString(), "--to", "json");
        refused("nt", "ttl", "c.ttl", "convert", SAMPLE, "-o", dir.resolve("c.nt").toString(), "--to", "ttl");
        refused("json", "jsonld", "c.jsonld", "convert", SAMPLE, "-o", dir.resolve("c.json").toString(), "--to", "jsonld");
        refused("jsonld", "json", "c.json", "convert", SAMPLE, "-o", dir.resolve("c.jsonld").toString(), "--to", "json");
        refused("json", "ndjson", "c.ndjson", "convert", SAMPLE, "-o", dir.resolve("c.json").toString(), "--to", "ndjson");
        refused("json", "ttl", "m.ttl", "migrate", OLD, "-o", dir.resolve("m.json").toString(), "--to", "ttl");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    @DisplayName("a default format is held to -o's extension too: template into .json, report into .csv")
    void disagreeingDefault() {
        refused("json", "csv", "t.csv", "template", "-o", dir.resolve("t.json").toString());
        refused("csv", "html", "r.html", "report", SAMPLE, "-o", dir.resolve("r.csv").toString());
        refused("md", "json", "r.json", "report", SAMPLE, "-o", dir.resolve("r.md").toString(), "--format", "json");
        Cli fr = Cli.run("template", "-o", dir.resolve("t.xlsx").toString(), "--to", "csv", "--lang", "fr");
        assertThat(fr.err()).contains("porte le nom d'un fichier xlsx").contains("nommez le fichier t.csv").contains("retirez --to csv");
    }

    @Test
    @DisplayName("an agreeing or neutral name is written: report's form follows -o's extension, .txt takes any text")
    void agreeing() throws IOException {
        Path md = dir.resolve("r.md");
        assertThat(Cli.run("report", SAMPLE, "-o", md.toString(), "--as-of", "2026-12-05").code()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(md)).startsWith("#").doesNotContain("<html");
        Path json = dir.resolve("r.json");
        assertThat(Cli.run("report", SAMPLE, "-o", json.toString(), "--as-of", "2026-12-05").code()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(json)).startsWith("{");
        Path txt = dir.resolve("c.txt");
        assertThat(Cli.run("convert", SAMPLE, "-o", txt.toString(), "--to", "nt").code()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(txt)).contains("<https://w3id.org/opdl/ns#Dataset> .");
        Path book = dir.resolve("t.xlsx");
        assertThat(Cli.run("template", "-o", book.toString(), "--to", "XLSX").code()).isEqualTo(ExitCode.OK);
        assertThat(book).isNotEmptyFile();
    }

    @Test
    @DisplayName("U8: N-Triples is Turtle, so --to nt may write a .ttl file, which reads back as the same listings")
    void nTriplesIsTurtle() throws IOException {
        Path ttl = dir.resolve("programmes.ttl");
        Cli r = Cli.run("convert", SAMPLE, "--to", "nt", "-o", ttl.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(ttl)).contains("<https://w3id.org/opdl/ns#Dataset> .").doesNotContain("PREFIX");
        Path back = dir.resolve("back.json");
        Path direct = dir.resolve("direct.json");
        assertThat(Cli.run("convert", ttl.toString(), "-o", back.toString()).code()).isEqualTo(ExitCode.OK);
        assertThat(Cli.run("convert", SAMPLE, "--to", "nt", "-o", dir.resolve("programmes.nt").toString()).code()).isEqualTo(ExitCode.OK);
        assertThat(Cli.run("convert", dir.resolve("programmes.nt").toString(), "-o", direct.toString()).code()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(back)).isEqualTo(Files.readString(direct));
    }
}
