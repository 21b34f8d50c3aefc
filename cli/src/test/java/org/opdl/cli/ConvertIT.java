package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opdl.cli.exit.ExitCode;
import tools.jackson.databind.JsonNode;

@DisplayName("opdl convert and opdl template, run from the built jar as a process")
class ConvertIT {

    static final List<String> FORMATS = List.of("json", "ndjson", "csv", "ttl", "nt", "jsonld", "rdfxml");

    @Test
    @DisplayName("the template's example goes through every format and comes back the same")
    void everyFormat(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("template.csv");
        assertThat(Cli.runJar("template", "-o", csv.toString()).code()).isEqualTo(ExitCode.OK);
        Path json = dir.resolve("example.json");
        assertThat(Cli.runJar("convert", csv.toString(), "-o", json.toString()).code()).isEqualTo(ExitCode.OK);
        JsonNode original = Cli.JSON.readTree(Files.readString(json));
        for (String format : FORMATS) {
            Path via = dir.resolve("via." + format);
            Cli there = Cli.runJar("convert", json.toString(), "--to", format, "-o", via.toString());
            assertThat(there.code()).as(there.err()).isEqualTo(ExitCode.OK);
            Cli back = Cli.runJar("convert", via.toString(), "--from", format, "--to", "json");
            assertThat(back.code()).as(back.err()).isEqualTo(ExitCode.OK);
            JsonNode listing = Cli.JSON.readTree(back.out()).get(0);
            assertThat(sorted(listing)).as(format).isEqualTo(sorted(original.get(0)));
        }
    }

    @Test
    @DisplayName("the example dataset goes through every format and comes back with its own fields and listings, without a warning")
    void datasetEveryFormat(@TempDir Path dir) throws Exception {
        Path json = Path.of(System.getProperty("opdl.root")).resolve("docs/examples/dataset.json");
        JsonNode original = Cli.JSON.readTree(Files.readString(json));
        for (String format : FORMATS) {
            Path via = dir.resolve("dataset." + format);
            Cli there = Cli.runJar("convert", json.toString(), "--to", format, "-o", via.toString());
            assertThat(there.code()).as(there.err()).isEqualTo(ExitCode.OK);
            assertThat(there.err()).as(format).doesNotContain("dataset-fields-dropped");
            Cli back = Cli.runJar("convert", via.toString(), "--from", format, "--to", "json");
            assertThat(back.code()).as(back.err()).isEqualTo(ExitCode.OK);
            tools.jackson.databind.node.ObjectNode dataset = (tools.jackson.databind.node.ObjectNode) Cli.JSON.readTree(back.out());
            if (!format.equals("json")) {
                assertThat(dataset.remove("type").stringValue()).as(format).isEqualTo("Dataset");
            }
            assertThat(sorted(dataset)).as(format).isEqualTo(sorted(original));
        }
    }

    @Test
    @DisplayName("a spreadsheet whose rows disagree on a dataset column exits 3 naming both rows and the heading")
    void datasetConflict(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("sheet.csv");
        Files.writeString(in, "Listing ID,Licence\nlisting:a/1,https://creativecommons.org/licenses/by/4.0/\n"
                + "listing:a/2,https://creativecommons.org/licenses/by-sa/4.0/\n", StandardCharsets.UTF_8);
        Cli r = Cli.runJar("convert", in.toString(), "--to", "json", "-o", dir.resolve("out.json").toString());
        assertThat(r.code()).isEqualTo(ExitCode.INPUT);
        assertThat(r.err()).contains("sheet.csv").contains("rows 2 and 3").contains("Licence").doesNotContain("Exception");
        assertThat(dir.resolve("out.json")).doesNotExist();
    }

    @Test
    @DisplayName("an unmappable listing exits 3 with its place, and leaves no output file")
    void unmappable(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("bad.json");
        Files.writeString(in, "[{\"id\": \"listing:a/1\",\n \"colour\": \"red\"}]", StandardCharsets.UTF_8);
        Path out = dir.resolve("out.csv");
        Cli r = Cli.runJar("convert", in.toString(), "-o", out.toString());
        assertThat(r.code()).isEqualTo(ExitCode.INPUT);
        assertThat(r.err()).contains("bad.json").contains("line 2").contains("/colour").doesNotContain("Exception");
        assertThat(out).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("bad.json");
        }
    }

    @Test
    @DisplayName("refuses to overwrite the input or an existing file without --force, and an unknown format")
    void refusals(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("a.json");
        Files.writeString(in, "[]");
        assertThat(Cli.runJar("convert", in.toString(), "-o", in.toString(), "--to", "json").code()).isEqualTo(ExitCode.USAGE);
        Path out = dir.resolve("b.ndjson");
        Files.writeString(out, "keep");
        assertThat(Cli.runJar("convert", in.toString(), "-o", out.toString()).code()).isEqualTo(ExitCode.USAGE);
        assertThat(Files.readString(out)).isEqualTo("keep");
        assertThat(Cli.runJar("convert", in.toString(), "-o", out.toString(), "--force").code()).isEqualTo(ExitCode.OK);
        Cli unknown = Cli.runJar("convert", in.toString(), "--to", "docx");
        assertThat(unknown.code()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).contains("docx").contains("ndjson").contains("xlsx");
    }

    @Test
    @DisplayName("writes French headings with --lang fr")
    void frenchTemplate() throws Exception {
        Cli r = Cli.runJar("template", "--lang", "fr");
        assertThat(r.code()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("ID de la fiche").contains("Titre (fr)").contains("Mentorat");
    }

    static JsonNode sorted(JsonNode n) {
        return RoundTrip.canonical(n);
    }
}
