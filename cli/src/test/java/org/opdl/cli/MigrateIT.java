package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opdl.cli.exit.ExitCode;
import org.opdl.schema.migrate.Migration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@DisplayName("opdl migrate, run from the built jar: every 0.1 example, in every format, becomes valid 0.2 and round-trips")
class MigrateIT {

    static final Path V01 = Path.of(System.getProperty("opdl.root"), "schema/src/test/resources/org/opdl/schema/migrate/v0.1");
    static final List<String> FORMATS = List.of("json", "ndjson", "csv", "xlsx", "ttl", "nt", "jsonld", "rdfxml");

    static List<Path> examples(String extension) throws Exception {
        try (Stream<Path> s = Files.list(V01)) {
            return s.filter(p -> p.toString().endsWith("." + extension)).sorted().toList();
        }
    }

    @Test
    @DisplayName("each 0.1 example, JSON or spreadsheet, is said to be 0.1 by validate, and migrates to a 0.2 file without an error")
    void everyExampleAlone(@TempDir Path dir) throws Exception {
        List<Path> originals = new ArrayList<>(examples("json"));
        originals.addAll(examples("csv"));
        assertThat(originals).hasSizeGreaterThanOrEqualTo(38);
        Cli before = Cli.runJar(Stream.concat(Stream.of("validate"), originals.stream().map(Path::toString)).toArray(String[]::new));
        assertThat(before.code()).as(before.out()).isEqualTo(ExitCode.OK);
        assertThat(before.out()).contains("Summary: 0 errors").contains("opdl.version.found — File written for an earlier version ("
                + originals.size() + ")");
        List<String> validate = new ArrayList<>(List.of("validate"));
        for (Path original : originals) {
            Path out = dir.resolve(original.getFileName().toString().replace('.', '-') + ".json");
            Cli m = Cli.runJar("migrate", original.toString(), "-o", out.toString());
            assertThat(m.code()).as(original + ": " + m.err()).isEqualTo(ExitCode.OK);
            assertThat(m.err()).contains("opdl: migrated ").contains(" from 0.1 to 0.2");
            if (original.toString().endsWith(".json")) {
                JsonNode expected = Migration.from01(Cli.JSON.readTree(Files.readString(original))).document();
                assertThat(listings(Cli.JSON.readTree(Files.readString(out)))).as(original.toString())
                        .isEqualTo(listings(expected));
            }
            validate.add(out.toString());
        }
        Cli after = Cli.runJar(validate.toArray(String[]::new));
        assertThat(after.code()).as(after.out()).isEqualTo(ExitCode.OK);
        assertThat(after.out()).contains("Summary: 0 errors").doesNotContain("opdl.version");
    }

    @Test
    @DisplayName("the 0.1 examples written in every format migrate to the same 0.2 listings, in every format and back")
    void everyFormat(@TempDir Path dir) throws Exception {
        List<String> convert = new ArrayList<>(List.of("convert"));
        examples("json").stream().filter(p -> !p.getFileName().toString().equals("dataset.json")).forEach(p -> convert.add(p.toString()));
        Path all = dir.resolve("all-0.1.json");
        convert.addAll(List.of("--to", "json", "-o", all.toString()));
        assertThat(Cli.runJar(convert.toArray(String[]::new)).code()).isEqualTo(ExitCode.OK);
        List<JsonNode> expected = listings(Migration.from01(Cli.JSON.readTree(Files.readString(all))).document());
        assertThat(expected).hasSizeGreaterThanOrEqualTo(18);
        List<String> validate = new ArrayList<>(List.of("validate"));
        for (String format : FORMATS) {
            Path old = dir.resolve("all-0.1." + format);
            if (!format.equals("json")) {
                Cli c = Cli.runJar("convert", all.toString(), "--to", format, "-o", old.toString());
                assertThat(c.code()).as(c.err()).isEqualTo(ExitCode.OK);
            } else {
                old = all;
            }
            if (format.equals("jsonld")) {
                // A JSON-LD file written for 0.1 names the 0.1 context; its terms are a subset of 0.2's.
                Files.writeString(old, Files.readString(old).replace("/context/0.2.jsonld", "/context/0.1.jsonld"));
            }
            Path asJson = dir.resolve("migrated-from-" + format + ".json");
            Cli m = Cli.runJar("migrate", old.toString(), "-o", asJson.toString());
            assertThat(m.code()).as(format + ": " + m.err()).isEqualTo(ExitCode.OK);
            assertThat(listings(Cli.JSON.readTree(Files.readString(asJson)))).as(format).isEqualTo(expected);
            Path same = dir.resolve("migrated." + format);
            Cli inFormat = Cli.runJar("migrate", old.toString(), "--to", format, "-o", same.toString());
            assertThat(inFormat.code()).as(format + ": " + inFormat.err()).isEqualTo(ExitCode.OK);
            Cli back = Cli.runJar("convert", same.toString(), "--to", "json");
            assertThat(back.code()).as(format + ": " + back.err()).isEqualTo(ExitCode.OK);
            assertThat(listings(Cli.JSON.readTree(back.out()))).as(format + " and back").isEqualTo(expected);
            validate.add(same.toString());
        }
        Cli v = Cli.runJar(validate.toArray(String[]::new));
        assertThat(v.code()).as(v.out()).isEqualTo(ExitCode.OK);
        assertThat(v.out()).contains("Summary: 0 errors").doesNotContain("opdl.version");
    }

    @Test
    @DisplayName("a 0.1 spreadsheet with neither a context nor a version column is told by its headings: validate says 0.1, migrate moves it")
    void spreadsheetWithoutVersionColumns(@TempDir Path dir) throws Exception {
        for (String name : List.of("cmpa-production-mentorship", "hot-docs-deal-maker")) {
            Path old = dir.resolve(name + ".csv");
            Files.writeString(old, withoutColumns(V01.resolve(name + ".csv"), List.of("JSON-LD context", "Standard version")));
            assertThat(Files.readString(old).lines().findFirst().orElseThrow()).doesNotContain("JSON-LD context", "Standard version");
            Cli v = Cli.runJar("validate", old.toString());
            assertThat(v.code()).as(v.out()).isEqualTo(ExitCode.OK);
            assertThat(v.out()).contains("Summary: 0 errors").contains("opdl.version.found").contains("version 0.1");
            Cli fr = Cli.runJar("validate", old.toString(), "--lang", "fr");
            assertThat(fr.out()).contains("opdl.version.found").contains("version 0.1");
            Path out = dir.resolve(name + "-0.2.json");
            Cli m = Cli.runJar("migrate", old.toString(), "-o", out.toString());
            assertThat(m.code()).as(m.err()).isEqualTo(ExitCode.OK);
            assertThat(m.err()).contains(" from 0.1 to 0.2");
            JsonNode expected = Migration.from01(Cli.JSON.readTree(Files.readString(V01.resolve(name + ".json")))).document();
            assertThat(listings(Cli.JSON.readTree(Files.readString(out)))).isEqualTo(listings(expected));
            Cli after = Cli.runJar("validate", out.toString());
            assertThat(after.code()).as(after.out()).isEqualTo(ExitCode.OK);
            assertThat(after.out()).contains("Summary: 0 errors").doesNotContain("opdl.version");
        }
    }

    /** The CSV text of {@code file} without the columns headed by one of {@code drop}, every cell quoted. */
    private static String withoutColumns(Path file, List<String> drop) throws java.io.IOException {
        StringBuilder out = new StringBuilder();
        try (CSVParser parser = CSVParser.parse(file, StandardCharsets.UTF_8, CSVFormat.RFC4180)) {
            List<Integer> keep = null;
            for (CSVRecord r : parser) {
                if (keep == null) {
                    keep = new ArrayList<>();
                    for (int i = 0; i < r.size(); i++) {
                        if (!drop.contains(r.get(i).replace("\uFEFF", ""))) {
                            keep.add(i);
                        }
                    }
                }
                List<String> cells = new ArrayList<>();
                for (int i : keep) {
                    cells.add("\"" + (i < r.size() ? r.get(i) : "").replace("\"", "\"\"") + "\"");
                }
                out.append(String.join(",", cells)).append("\r\n");
            }
        }
        return out.toString();
    }

    @Test
    @DisplayName("a file already in 0.2 is refused with exit 3, in English or French, and nothing is written")
    void refusesCurrentVersion(@TempDir Path dir) throws Exception {
        Path current = Path.of(System.getProperty("opdl.root"), "docs/examples/cfc-producers-lab.json");
        Path out = dir.resolve("out.json");
        Cli en = Cli.runJar("migrate", current.toString(), "-o", out.toString());
        assertThat(en.code()).isEqualTo(ExitCode.INPUT);
        assertThat(en.err()).contains("cfc-producers-lab.json").contains("/@context")
                .contains("already in version 0.2").contains("opdl convert").doesNotContain("Exception");
        Cli fr = Cli.runJar("migrate", current.toString(), "-o", out.toString(), "--lang", "fr");
        assertThat(fr.err()).contains("déjà en version 0.2");
        assertThat(out).doesNotExist();
    }

    @Test
    @DisplayName("an existing output file is replaced only with --force")
    void neverOverwrites(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("mine.json");
        Files.writeString(out, "{\"kept\": true}");
        Path old = V01.resolve("hot-docs-deal-maker.json");
        Cli refused = Cli.runJar("migrate", old.toString(), "-o", out.toString());
        assertThat(refused.code()).isNotEqualTo(ExitCode.OK);
        assertThat(refused.err()).contains("--force");
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo("{\"kept\": true}");
        Cli forced = Cli.runJar("migrate", old.toString(), "-o", out.toString(), "--force", "--lang", "fr");
        assertThat(forced.code()).as(forced.err()).isEqualTo(ExitCode.OK);
        assertThat(forced.err()).contains("1 fiche migrée de 0.1 à 0.2");
        JsonNode written = Cli.JSON.readTree(Files.readString(out));
        JsonNode listing = written.isArray() ? written.get(0) : written;
        assertThat(listing.path("fees").isArray()).as("its application fee is kept").isTrue();
        assertThat(listing.path("statedNone").toString()).doesNotContain("no-fees");
        assertThat(listing.path("@context").asString()).endsWith("/context/0.2.jsonld");
    }

    /** The listings of a document, each compared as a set where order carries no meaning, without its context and type. */
    private static List<JsonNode> listings(JsonNode doc) {
        JsonNode array = doc.isArray() ? doc : doc.has("listings") ? doc.get("listings") : Cli.JSON.createArrayNode().add(doc);
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode listing : array) {
            ObjectNode copy = (ObjectNode) listing.deepCopy();
            copy.remove("@context");
            copy.remove("type");
            out.add(RoundTrip.canonical(copy));
        }
        return out;
    }
}
