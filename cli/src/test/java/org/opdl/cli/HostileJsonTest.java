package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.opdl.cli.exit.ExitCode;
import org.opdl.schema.testing.NoNetwork;
import org.opdl.validator.catalogue.Conformance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON catalogue cases that concern values rather than syntax, through {@code opdl validate}
 * and {@code opdl convert} in this JVM: each gives a finding or an error naming the place, in time,
 * with no stack trace, and a refused conversion leaves no output file.
 */
@ExtendWith(NoNetwork.class)
@DisplayName("opdl validate and convert on hostile JSON values")
class HostileJsonTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    static ObjectNode listing(Consumer<ObjectNode> change) {
        ObjectNode l = Conformance.base();
        change.accept(l);
        return l;
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private Path json(String name, ObjectNode... listings) throws IOException {
        ArrayNode a = Cli.JSON.createArrayNode();
        for (ObjectNode l : listings) {
            a.add(l);
        }
        return file(name, Cli.JSON.writeValueAsString(a));
    }

    private static Cli opdl(String... args) {
        Cli r = assertTimeoutPreemptively(LIMIT, () -> Cli.run(args));
        assertThat(r.out() + r.err()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("internal error");
        return r;
    }

    @Test
    @DisplayName("J6: 1e1000000000 as an amount is reported at its pointer, as a count it is a whole number above the minimum; never written out in full")
    void hugeExponent() throws IOException {
        Path f = file("huge.json", Cli.JSON.writeValueAsString(List.of(listing(l -> {
            l.withObject("award").withObject("minimum").put("amount", "1e1000000000").put("currency", "CAD");
            l.withObject("award").withObject("maximum").put("amount", "1").put("currency", "CAD");
        }))).replace("\"places\":8", "\"places\":1e1000000000"));
        Cli r = opdl("validate", f.toString(), "--format", "json");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.FINDINGS);
        assertThat(pointers(r.json(), "opdl.structure.format")).contains("/award/minimum/amount");
        assertThat(pointers(r.json(), "opdl.structure.range")).doesNotContain("/intakes/0/places");
        Cli converted = opdl("convert", f.toString(), "-o", dir.resolve("out.json").toString());
        assertThat(converted.code()).isEqualTo(ExitCode.OK);
        assertThat(dir.resolve("out.json")).content().contains("1E+1000000000");
        assertThat(Files.size(dir.resolve("out.json"))).isLessThan(10_000);
    }

    @Test
    @DisplayName("J7: 1E400 in a count is a whole number above the minimum, as JSON Schema compares exactly; 1.10 is a wrong kind, not rounded")
    void outOfRangeNumbers() throws IOException {
        Path f = file("numbers.json", Cli.JSON.writeValueAsString(List.of(Conformance.base()))
                .replace("\"places\":8", "\"places\":1E400").replace("\"maxCredits\":2", "\"maxCredits\":1.10"));
        Cli r = opdl("validate", f.toString(), "--format", "json");
        assertThat(pointers(r.json(), "opdl.structure.range")).isEmpty();
        assertThat(pointers(r.json(), "opdl.structure.type")).containsExactly("/eligibility/maxCredits");
    }

    @Test
    @DisplayName("J20: escaped NUL and BEL in a title are a warning at the pointer; RDF/XML output is refused with the place")
    void controlCharacters() throws IOException {
        Path f = json("bell.json", listing(l -> l.withObject("title").put("en", "Producers\u0000 Lab\u0007")));
        Cli r = opdl("validate", f.toString(), "--format", "json");
        assertThat(messages(r.json(), "opdl.text.control-characters", "/title/en")).singleElement().asString()
                .contains("U+0000 (10)").contains("U+0007 (15)");
        Path out = dir.resolve("out.rdf");
        Cli converted = opdl("convert", f.toString(), "-o", out.toString());
        assertThat(converted.code()).isEqualTo(ExitCode.INPUT);
        assertThat(converted.err()).contains("bell.json").contains("/title/en");
        assertThat(out).doesNotExist();
    }

    @Test
    @DisplayName("J22: a 160,000-character string where a count belongs is a type finding at its pointer, quickly")
    void longStringForNumber() throws IOException {
        Path f = file("long.json", Cli.JSON.writeValueAsString(List.of(Conformance.base()))
                .replace("\"places\":8", "\"places\":\"" + "9".repeat(160_000) + "x\""));
        Cli r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> opdl("validate", f.toString(), "--format", "json"));
        assertThat(pointers(r.json(), "opdl.structure.type")).containsExactly("/intakes/0/places");
    }

    @Test
    @DisplayName("J25: bidi and zero-width characters are listed by code point and position, and survive every format")
    void invisibleCharacters() throws IOException {
        String title = "Producers \u202ELab\u200B for \uFEFFdocumentary\u200D";
        Path f = json("bidi.json", listing(l -> l.withObject("title").put("en", title)));
        Cli r = opdl("validate", f.toString(), "--format", "json");
        assertThat(messages(r.json(), "opdl.text.control-characters", "/title/en")).singleElement().asString()
                .contains("U+202E (11)").contains("U+200B (15)").contains("U+FEFF (21)").contains("U+200D (33)");
        for (String format : List.of("ndjson", "csv", "ttl", "nt", "jsonld", "rdf")) {
            Path there = dir.resolve("bidi." + format);
            Path back = dir.resolve("bidi-" + format + ".json");
            assertThat(opdl("convert", f.toString(), "-o", there.toString()).code()).as(format).isEqualTo(ExitCode.OK);
            assertThat(opdl("convert", there.toString(), "-o", back.toString()).code()).as(format).isEqualTo(ExitCode.OK);
            assertThat(Cli.JSON.readTree(back.toFile()).at("/0/title/en").asString()).as(format).isEqualTo(title);
        }
    }

    @Test
    @DisplayName("J26: a Cyrillic а in an identifier is a mixed-script warning; a Cyrillic word in free text is not")
    void mixedScript() throws IOException {
        Path f = json("script.json", listing(l -> {
            l.put("id", "https://nsi-c\u0430nada.ca/labs/producers-lab");
            l.withObject("description").put("en", l.at("/description/en").asString() + " Guests from the Лаборатория кино.");
        }));
        Cli r = opdl("validate", f.toString(), "--format", "json");
        assertThat(pointers(r.json(), "opdl.text.mixed-script")).containsExactly("/id");
        assertThat(messages(r.json(), "opdl.text.mixed-script", "/id")).singleElement().asString()
                .contains("Latin").contains("Cyrillic").contains("U+0430 (14)");
    }

    @Test
    @DisplayName("J27: an id typed with a combining accent is kept, warned about, and still a duplicate of the composed one")
    void notNfc() throws IOException {
        String composed = "https://example.ca/programmes/caf\u00e9";
        String decomposed = "https://example.ca/programmes/cafe\u0301";
        Path f = json("nfc.json", listing(l -> l.put("id", composed)), listing(l -> l.put("id", decomposed)));
        Cli r = opdl("validate", f.toString(), "--format", "json");
        assertThat(pointers(r.json(), "opdl.text.not-nfc")).containsExactly("/id");
        assertThat(pointers(r.json(), "opdl.identity.duplicate-id")).containsExactly("/id");
        Path out = dir.resolve("kept.ndjson");
        opdl("convert", f.toString(), "-o", out.toString());
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains(decomposed).contains(composed);
    }

    @Test
    @DisplayName("N7: the same id on lines 3 and 9,000 of NDJSON is an error at line 9,000 that cites line 3")
    void duplicateAcrossLines() throws IOException {
        StringBuilder b = new StringBuilder();
        for (int line = 1; line <= 9_000; line++) {
            int n = line;
            String id = line == 9_000 ? "listing:nsi/lab-3" : "listing:nsi/lab-" + n;
            b.append(Cli.JSON.writeValueAsString(listing(l -> l.put("id", id)))).append('\n');
        }
        Cli r = opdl("validate", file("many.ndjson", b.toString()).toString(), "--format", "json");
        JsonNode dup = findings(r.json(), "opdl.identity.duplicate-id").get(0);
        assertThat(dup.at("/location/line").asLong()).isEqualTo(9_000);
        assertThat(dup.at("/message").asString()).contains("listing 3").contains("line 3");
    }

    @Test
    @DisplayName("L9: a listing past --record-time gets opdl.limit.time naming it and the option; the next listing is still checked")
    void recordTime() throws IOException {
        ObjectNode slow = listing(l -> {
            ArrayNode intakes = l.withArray("intakes");
            for (int i = 0; i < 20_000; i++) {
                intakes.add(intakes.get(0).deepCopy());
            }
        });
        ObjectNode untitled = listing(l -> l.remove("title"));
        Cli r = opdl("validate", json("slow.json", slow, untitled).toString(), "--record-time", "1", "--format", "json");
        JsonNode time = findings(r.json(), "opdl.limit.time").get(0);
        assertThat(time.at("/message").asString()).contains("listing 1").contains("1 ms");
        assertThat(time.at("/fix").asString()).contains("--record-time");
        assertThat(time.at("/location/line").asLong()).isEqualTo(1);
        assertThat(findings(r.json(), "opdl.structure.required")).extracting(n -> n.at("/location/record").asInt()).contains(1);
    }

    @Test
    @DisplayName("L8: javascript: and file: identifiers from JSON-LD are format findings at the id key, on its line")
    void disallowedSchemes() throws IOException {
        String doc = "{\"@context\": \"https://w3id.org/opdl/context/0.2.jsonld\", \"@graph\": ["
                + Cli.JSON.writeValueAsString(listing(l -> l.put("id", "javascript:alert(1)"))) + "]}";
        Cli r = opdl("validate", file("scheme.jsonld", doc).toString(), "--format", "json");
        assertThat(findings(r.json(), "opdl.structure.format")).filteredOn(n -> n.at("/location/pointer").asString().equals("/id"))
                .singleElement().satisfies(n -> {
                    assertThat(n.at("/location/kind").asString()).isEqualTo("json");
                    assertThat(n.at("/location/line").asLong()).isEqualTo(1);
                    assertThat(n.at("/message").asString()).contains("javascript:alert(1)");
                });
    }

    static List<JsonNode> findings(JsonNode report, String rule) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode group : report.path("rules")) {
            if (group.path("id").asString().equals(rule)) {
                group.path("findings").forEach(out::add);
            }
        }
        return out;
    }

    static List<String> pointers(JsonNode report, String rule) {
        return findings(report, rule).stream().map(f -> f.at("/location/pointer").asString()).toList();
    }

    static List<String> messages(JsonNode report, String rule, String pointer) {
        return findings(report, rule).stream().filter(f -> f.at("/location/pointer").asString().equals(pointer))
                .map(f -> f.at("/message").asString()).toList();
    }
}
