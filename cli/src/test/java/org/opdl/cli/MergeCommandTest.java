package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opdl.cli.exit.ExitCode;

@DisplayName("opdl merge")
class MergeCommandTest {

    private static final Path ROOT = Path.of(System.getProperty("opdl.root", ".."));
    private static final Path EXAMPLES = ROOT.resolve("docs/examples");

    @Test
    @DisplayName("merges JSON and CSV into one dataset, and reports the same id in both with what was kept")
    void mixed(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("season.json");
        Cli r = Cli.run("merge", EXAMPLES.resolve("dataset.json").toString(), EXAMPLES.resolve("cmpa-wide-lens.csv").toString(),
                EXAMPLES.resolve("hot-docs-incubator.json").toString(), "-o", out.toString());
        assertThat(r.code()).isEqualTo(ExitCode.OK);
        assertThat(r.err()).contains("opdl: same id: the id listing:cmpa/wide-lens").contains("dropped").contains("1 dropped");
        Cli fr = Cli.run("merge", EXAMPLES.resolve("dataset.json").toString(), EXAMPLES.resolve("cmpa-wide-lens.csv").toString(),
                "-o", out.getParent().resolve("saison.json").toString(), "--lang", "fr");
        assertThat(fr.err()).as("the kind of conflict in French words too")
                .contains("opdl : même identifiant : l'identifiant listing:cmpa/wide-lens").doesNotContain("same-id");
        String merged = Files.readString(out);
        assertThat(merged).contains("\"standardVersion\"").contains("listing:hot-docs/doc-incubator");
        assertThat(Cli.run("validate", out.toString()).code()).isEqualTo(ExitCode.OK);
    }

    @Test
    @DisplayName("K13: a file without dataset fields, then a dataset: the listings read first wait, and come first under the dataset's fields")
    void datasetFieldsAfterABareFile(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("season.json");
        Cli r = Cli.run("merge", EXAMPLES.resolve("cmpa-wide-lens.csv").toString(), EXAMPLES.resolve("dataset.json").toString(),
                "-o", out.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        tools.jackson.databind.JsonNode merged = tools.jackson.databind.json.JsonMapper.builder().build().readTree(out.toFile());
        assertThat(merged.path("standardVersion").asString()).isEqualTo("0.2");
        assertThat(merged.path("publisher").path("id").asString()).isEqualTo("provider:cmpa");
        assertThat(merged.path("listings").get(0).path("id").asString()).isEqualTo("listing:cmpa/wide-lens");
        assertThat(merged.path("listings").size()).isEqualTo(Cli.run("convert", EXAMPLES.resolve("dataset.json").toString(), "--to", "ndjson")
                .out().lines().filter(l -> l.contains("\"listing:")).count());
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("season.json");
        }
    }

    @Test
    @DisplayName("K34: a bare export, then the industry body's workbook with its publisher: the workbook read once, its fields first, every listing in order")
    void workbookAfterABareFile(@TempDir Path dir) throws IOException {
        Path workbook = dir.resolve("cmpa-season.xlsx");
        assertThat(Cli.run("convert", EXAMPLES.resolve("dataset.json").toString(), "-o", workbook.toString()).code()).isEqualTo(ExitCode.OK);
        Path bare = dir.resolve("hot-docs.ndjson");
        assertThat(Cli.run("convert", EXAMPLES.resolve("hot-docs-forum.json").toString(), "-o", bare.toString()).code()).isEqualTo(ExitCode.OK);
        Path out = dir.resolve("season.ndjson");
        Cli r = Cli.run("merge", bare.toString(), workbook.toString(), "-o", out.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        // What each file gives by itself, converted: the workbook's dataset line, the bare listing, then the workbook's listings.
        java.util.List<String> season = Cli.run("convert", workbook.toString(), "--to", "ndjson").out().lines().toList();
        java.util.List<String> forum = Cli.run("convert", bare.toString(), "--to", "ndjson").out().lines()
                .filter(l -> !l.contains("\"type\":\"Dataset\"")).toList();
        java.util.List<String> expected = new java.util.ArrayList<>();
        expected.add(season.get(0));
        expected.addAll(forum);
        expected.addAll(season.subList(1, season.size()));
        assertThat(season.get(0)).contains("\"type\":\"Dataset\"", "provider:cmpa");
        assertThat(Files.readAllLines(out)).isEqualTo(expected);
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("cmpa-season.xlsx", "hot-docs.ndjson", "season.ndjson");
        }
    }

    @Test
    @DisplayName("H6: a cell a reader leaves out (an unreadable number of places) stops the merge, named, with nothing written")
    void leftOutCell(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("spira.csv"), "Listing ID,Title (fr),Places\r\n"
                + "listing:spira/mentorat,Mentorat Spira,8 à 10\r\n");
        Path out = dir.resolve("saison.json");
        Cli r = Cli.run("merge", EXAMPLES.resolve("dataset.json").toString(), csv.toString(), "-o", out.toString());
        assertThat(r.code()).isEqualTo(ExitCode.INPUT);
        assertThat(r.err()).contains("opdl.csv.unreadable").contains("spira.csv: row 2, column \"Places\"")
                .contains("nothing was written (1 such error in all)").doesNotContain("written to");
        assertThat(out).doesNotExist();
        assertThat(Cli.run("merge", csv.toString(), "-o", out.toString(), "--lang", "fr").err()).contains("rien n'a été écrit");
    }

    @Test
    @DisplayName("U2: what a reader changed on the way (a Windows-1252 file read as such, a formula-like cell) is printed, as convert prints it")
    void readerNotes(@TempDir Path dir) throws IOException {
        Path csv = Files.write(dir.resolve("spira.csv"), ("Listing ID,Title (fr),Places\r\n"
                + "listing:spira/mentorat,=Mentorat à Montréal,8\r\n").getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Path out = dir.resolve("saison.json");
        Cli r = Cli.run("merge", EXAMPLES.resolve("dataset.json").toString(), csv.toString(), "-o", out.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.err()).contains("warning opdl.csv.encoding: " + csv + ": ").contains("Windows-1252")
                .contains("warning opdl.csv.formula: " + csv + ": row 2, column \"Title (fr)\"").contains("written to");
        assertThat(Files.readString(out)).contains("Mentorat à Montréal");
        Cli fr = Cli.run("merge", csv.toString(), "-o", dir.resolve("fr.json").toString(), "--lang", "fr");
        assertThat(fr.err()).contains("opdl.csv.encoding").contains("UTF-8");
    }

    @Test
    @DisplayName("the season in French: what the readers noticed is told with French words, not error, warning or info")
    void readerNotesInFrench(@TempDir Path dir) throws IOException {
        // Excel on a French system saves CSV with a byte-order mark and semicolons, and this one in Windows-1252.
        Path csv = Files.write(dir.resolve("spira.csv"), ("Listing ID;Title (fr);Places\r\n"
                + "listing:spira/mentorat;Mentorat à Montréal;8\r\n").getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Cli fr = Cli.run("merge", EXAMPLES.resolve("dataset.json").toString(), csv.toString(), "-o", dir.resolve("saison.json").toString(),
                "--lang", "fr");
        assertThat(fr.code()).as(fr.err()).isEqualTo(ExitCode.OK);
        assertThat(fr.err()).contains("opdl : avertissement opdl.csv.encoding: " + csv)
                .contains("opdl : information opdl.csv.delimiter: " + csv)
                .doesNotContain("opdl: warning").doesNotContain("opdl: info ");
    }

    @Test
    @DisplayName("V3: a 0.1 file and a 0.2 file are refused, whichever comes first, naming the file to migrate, with nothing written")
    void twoVersions(@TempDir Path dir) throws IOException {
        Path old = ROOT.resolve("schema/src/test/resources/org/opdl/schema/migrate/v0.1/dataset.json");
        Path current = ROOT.resolve("docs/data/programs-0.2.csv");
        Path out = dir.resolve("saison.json");
        Files.writeString(out, "kept");
        Cli r = Cli.run("merge", old.toString(), current.toString(), "-o", out.toString(), "--force");
        assertThat(r.code()).isEqualTo(ExitCode.INPUT);
        assertThat(r.err()).contains(old + " is a dataset of OPDL 0.1 and " + current + " of OPDL 0.2")
                .contains("nothing was written. Turn " + old + " into 0.2 first with opdl migrate");
        assertThat(out).hasContent("kept");
        Cli fr = Cli.run("merge", current.toString(), old.toString(), "-o", out.toString(), "--force", "--lang", "fr");
        assertThat(fr.code()).isEqualTo(ExitCode.INPUT);
        assertThat(fr.err()).contains("rien n'a été écrit. Passez d'abord " + old + " en 0.2 avec opdl migrate");
        assertThat(out).hasContent("kept");
        Path alone = dir.resolve("old.json");
        assertThat(Cli.run("merge", old.toString(), "-o", alone.toString()).code()).as("0.1 files alone still merge").isEqualTo(ExitCode.OK);
    }

    @Test
    @DisplayName("refuses an unknown --prefer with exit 2")
    void prefer(@TempDir Path dir) {
        Cli r = Cli.run("merge", EXAMPLES.resolve("dataset.json").toString(), "-o", dir.resolve("x.json").toString(), "--prefer", "last");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("--prefer must be newest or first");
    }

    /** B30: standard output has no extension, and merge had no --to to say the format with. */
    @Test
    @DisplayName("writes to standard output in the format --to names, and without it says to give --to, in both languages")
    void standardOutput(@TempDir Path dir) {
        String sample = EXAMPLES.resolve("cmpa-wide-lens.json").toString();
        Cli none = Cli.run("merge", sample, "-o", "-");
        assertThat(none.code()).isEqualTo(ExitCode.USAGE);
        assertThat(none.out()).isEmpty();
        assertThat(none.errLines()).singleElement().asString().startsWith("opdl: standard output (-o -) has no extension to tell "
                + "the format of the merged dataset; say which format to write with --to json|").doesNotContain("from its extension");
        Cli fr = Cli.run("merge", sample, "-o", "-", "--lang", "fr");
        assertThat(fr.errLines()).singleElement().asString().startsWith("opdl : la sortie standard (-o -) n'a pas d'extension");
        Cli ttl = Cli.run("merge", sample, "-o", "-", "--to", "ttl");
        assertThat(ttl.code()).isEqualTo(ExitCode.OK);
        assertThat(ttl.out()).contains("<https://w3id.org/opdl/listing/cmpa/wide-lens>");
        assertThat(ttl.err()).contains("written to standard output");
        Cli clash = Cli.run("merge", sample, "-o", dir.resolve("season.json").toString(), "--to", "ttl");
        assertThat(clash.code()).isEqualTo(ExitCode.USAGE);
        assertThat(dir.resolve("season.json")).doesNotExist();
    }
}
