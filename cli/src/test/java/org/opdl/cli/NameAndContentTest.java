package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opdl.cli.exit.ExitCode;

@DisplayName("U35: a JSON or RDF file whose name says another syntax than the one it holds")
class NameAndContentTest {

    private static final Path ROOT = Path.of(System.getProperty("opdl.root", ".."));

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{1} saved as {0}")
    @CsvSource({"catalogue.ttl, json, ttl", "catalogue.json, ttl, json", "catalogue.nt, rdf, nt", "catalogue.rdf, json, rdfxml"})
    @DisplayName("is refused before it is read, naming both syntaxes and --from as the fix, in both languages")
    void refused(String saved, String holds, String named) throws IOException {
        Path file = dir.resolve(saved);
        Files.copy(ROOT.resolve("docs/data/programs-0.2." + holds), file);
        String told = holds.equals("rdf") ? "rdfxml" : holds;
        Cli en = Cli.run("validate", file.toString());
        assertThat(en.code()).isEqualTo(ExitCode.INPUT);
        assertThat(en.out()).isEmpty();
        assertThat(en.err()).contains(saved + ": its name says " + named + ", but its first bytes are " + told
                + ", so it was not read; read it as what it holds with --from " + told);
        Cli fr = Cli.run("convert", file.toString(), "--to", "csv", "-o", dir.resolve("out.csv").toString(), "--lang", "fr");
        assertThat(fr.code()).isEqualTo(ExitCode.INPUT);
        assertThat(fr.err()).contains("son nom dit " + named + ", mais ses premiers octets sont du " + told);
        assertThat(dir.resolve("out.csv")).doesNotExist();
    }

    @Test
    @DisplayName("--from reads it as what it holds, and kinds its reader tells apart (JSON-LD named .json, Turtle named .nt) are left to it")
    void fromAndOneKind() throws IOException {
        Path file = dir.resolve("catalogue.ttl");
        Files.copy(ROOT.resolve("docs/data/programs-0.2.json"), file);
        assertThat(Cli.run("validate", file.toString(), "--from", "json").err()).doesNotContain("its name says");
        Path jsonLd = dir.resolve("catalogue.json");
        Files.copy(ROOT.resolve("docs/data/programs-0.2.jsonld"), jsonLd);
        assertThat(Cli.run("validate", jsonLd.toString()).err()).doesNotContain("its name says");
    }
}
