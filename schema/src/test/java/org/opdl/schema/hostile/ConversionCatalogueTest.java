package org.opdl.schema.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.schema.convert.Conversion;
import org.opdl.schema.convert.Formats;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.SourceRecord;
import org.opdl.schema.format.WriteOptions;
import org.opdl.schema.testing.NoNetwork;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The conversion cases of the hostile-input catalogue ("nothing lost", A.8): repeated values, array
 * order, null against empty against absent, characters a target cannot hold, record counts and the
 * lexical form of dates. A conversion either carries every value or stops at the value's place.
 */
@DisplayName("Catalogue cases for conversions: nothing is lost silently")
@ExtendWith(NoNetwork.class)
class ConversionCatalogueTest {

    static final List<String> RDF = List.of("ttl", "nt", "jsonld", "rdfxml");
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** The bytes of {@code input} (in format {@code from}) converted to {@code to}. */
    static byte[] convert(String from, byte[] input, String to, List<Finding> notes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Conversion.run("in." + from, new ByteArrayInputStream(input),
                Formats.named(from).orElseThrow(), Limits.DEFAULT, out, Formats.named(to).orElseThrow(), WriteOptions.DEFAULT,
                notes::add));
        return out.toByteArray();
    }

    static ReadException refusedConverting(String json, String to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Throwable t = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try {
                Conversion.run("in.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                        Formats.named("json").orElseThrow(), Limits.DEFAULT, out, Formats.named(to).orElseThrow(),
                        WriteOptions.DEFAULT, f -> { });
                return null;
            } catch (ReadException e) {
                return e;
            }
        });
        assertThat(t).as("refused converting to " + to).isInstanceOf(ReadException.class);
        return (ReadException) t;
    }

    /** The listings {@code json} becomes after going to {@code via} and back to JSON. */
    static JsonNode roundTrip(String json, String via) {
        byte[] there = convert("json", json.getBytes(StandardCharsets.UTF_8), via, new ArrayList<>());
        byte[] back = convert(via, there, "json", new ArrayList<>());
        return JSON.readTree(back);
    }

    static String listing(String fields) {
        return "[{\"id\": \"listing:nsi/producers-lab\",\n \"title\": {\"en\": \"Producers Lab\"},\n " + fields + "}]";
    }

    @Test
    @DisplayName("O6: a repeated value in an unordered array stops a conversion to RDF at the repeat, with its line")
    void o6() {
        String json = listing("\"deliveryModes\": [\"online\", \"online\"]").replace("deliveryModes", "topics")
                .replace("online", "financing");
        for (String to : RDF) {
            ReadException e = refusedConverting(json, to);
            assertThat(e.ruleId()).isEqualTo("opdl.convert.unmappable");
            Location.Json at = (Location.Json) e.location();
            assertThat(at.pointer()).isEqualTo("/topics/1");
            assertThat(at.line()).isEqualTo(3);
            assertThat(e.text().en()).contains("repeats item 0");
        }
        assertThat(roundTrip(json, "json").at("/0/topics")).as("JSON keeps both").hasSize(2);
    }

    @Test
    @DisplayName("O7: ordered fields keep their order through every RDF format; unordered ones come back as the same set")
    void o7() {
        String json = listing("\"workingLanguages\": [\"fr\", \"en\"], \"topics\": [\"financing\", \"development\"],"
                + " \"intakes\": [{\"startDate\": \"2026-09-01\"}, {\"startDate\": \"2026-01-15\"}]");
        for (String via : RDF) {
            JsonNode back = roundTrip(json, via).get(0);
            assertThat(back.at("/workingLanguages").toString()).as(via).isEqualTo("[\"fr\",\"en\"]");
            assertThat(back.at("/intakes/0/startDate").asString()).as(via).isEqualTo("2026-09-01");
            List<String> topics = new ArrayList<>();
            back.at("/topics").forEach(t -> topics.add(t.asString()));
            assertThat(topics).as(via).containsExactlyInAnyOrder("financing", "development");
        }
    }

    @Test
    @DisplayName("O8: null, empty and absent stay apart in JSON; formats that cannot tell them apart refuse at the place")
    void o8() {
        String json = listing("\"city\": null, \"contact\": {\"name\": \"\"}");
        JsonNode same = roundTrip(json, "ndjson").get(0);
        assertThat(same.get("city").isNull()).isTrue();
        assertThat(same.at("/contact/name").asString()).isEmpty();
        assertThat(same.has("region")).isFalse();
        ReadException csvNull = refusedConverting(json, "csv");
        assertThat(((Location.Json) csvNull.location()).pointer()).isEqualTo("/city");
        ReadException csvEmpty = refusedConverting(listing("\"contact\": {\"name\": \"\"}"), "csv");
        assertThat(((Location.Json) csvEmpty.location()).pointer()).isEqualTo("/contact/name");
        assertThat(csvEmpty.text().en()).contains("cannot tell from absent");
        for (String to : RDF) {
            ReadException rdfNull = refusedConverting(json, to);
            assertThat(((Location.Json) rdfNull.location()).pointer()).as(to).isEqualTo("/city");
        }
    }

    @Test
    @DisplayName("O9: a control character stops RDF/XML and a NUL stops CSV before anything is written, naming the place")
    void o9() {
        String json = listing("\"contact\": {\"name\": \"Program\\u001b[2K coordinator\"}");
        ReadException xml = refusedConverting(json, "rdfxml");
        Location.Json at = (Location.Json) xml.location();
        assertThat(at.pointer()).isEqualTo("/contact/name");
        assertThat(at.line()).isEqualTo(3);
        assertThat(xml.text().en()).contains("U+001B");
        assertThat(roundTrip(json, "ttl").at("/0/contact/name").asString()).as("Turtle carries it").contains("\u001b[2K");
        ReadException csv = refusedConverting(listing("\"contact\": {\"name\": \"Program\\u0000 coordinator\"}"), "csv");
        assertThat(((Location.Json) csv.location()).pointer()).isEqualTo("/contact/name");
        assertThat(csv.text().en()).contains("NUL");
    }

    @Test
    @DisplayName("O10: listings in equal listings out; blank rows are counted apart; a refusal writes nothing")
    void o10() {
        StringBuilder csv = new StringBuilder("Listing ID,Title (en)\r\n");
        for (int i = 1; i <= 250; i++) {
            csv.append("listing:nsi/lab-").append(i).append(",Lab ").append(i).append("\r\n");
            if (i % 100 == 0) {
                csv.append(",\r\n");
            }
        }
        List<Finding> notes = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Conversion.Result result = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Conversion.run("in.csv",
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), Formats.named("csv").orElseThrow(),
                Limits.DEFAULT, out, Formats.named("ndjson").orElseThrow(), WriteOptions.DEFAULT, notes::add));
        assertThat(result.listings()).isEqualTo(250);
        assertThat(out.toString(StandardCharsets.UTF_8).lines().count()).isEqualTo(250);
        assertThat(notes).extracting(Finding::ruleId).contains("opdl.csv.blank-rows");
        List<SourceRecord> read = new ArrayList<>();
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Formats.named("ndjson").orElseThrow().reader(Limits.DEFAULT)
                .read("out.ndjson", new ByteArrayInputStream(out.toByteArray()), read::add, f -> { }));
        assertThat(read).hasSize(250);
    }

    @Test
    @DisplayName("H1: a cell the reader leaves out (unknown heading, unreadable amount) stops the conversion at the first, counting them")
    void leftOutCellsStop() {
        String csv = "Listing ID,Title (fr),Minimum age,Stipend amount,Stipend currency\r\n"
                + "listing:spira/mentorat-2027,Mentorat Spira,18,1 500 USD,CAD\r\n";
        for (String to : List.of("json", "ndjson", "csv", "ttl", "nt", "jsonld", "rdfxml")) {
            List<Finding> notes = new ArrayList<>();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Throwable t = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                try {
                    Conversion.run("spira.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                            Formats.named("csv").orElseThrow(), Limits.DEFAULT, out, Formats.named(to).orElseThrow(),
                            WriteOptions.DEFAULT, notes::add);
                    return null;
                } catch (ReadException e) {
                    return e;
                }
            });
            assertThat(t).as("the heading and the amount are not silently dropped converting to " + to).isInstanceOf(ReadException.class);
            ReadException e = (ReadException) t;
            assertThat(e.ruleId()).isEqualTo("opdl.convert.unmappable");
            assertThat(((Location.Csv) e.location()).heading()).isEqualTo("Minimum age");
            assertThat(e.text().en()).contains("Minimum age", "nothing was written", "2 such errors");
            assertThat(e.text().fr()).contains("rien n'a été écrit", "2 erreurs");
            assertThat(e.fix().en()).contains("Min age", "convert again");
            assertThat(notes).extracting(Finding::ruleId).contains("opdl.csv.unknown-heading", "opdl.csv.unreadable");
        }
    }

    @Test
    @DisplayName("O12: dates and times keep their lexical form and offset through every format, however odd")
    void o12() {
        List<String> times = List.of("2025-03-30T02:30:00", "2016-12-31T23:59:60Z", "2025-03-15T09:00:00+14:00",
                "2025-03-15T09:00:00Z", "2025-03-15T09:00:00.000-05:00");
        List<String> dates = List.of("0000-01-01", "2025-02-29", "2025-03-15");
        for (String via : List.of("ndjson", "csv", "ttl", "nt", "jsonld", "rdfxml")) {
            for (String time : times) {
                String json = listing("\"lastUpdated\": \"" + time + "\"");
                assertThat(roundTrip(json, via).at("/0/lastUpdated").asString()).as(via).isEqualTo(time);
            }
            for (String date : dates) {
                String json = listing("\"intakes\": [{\"startDate\": \"" + date + "\"}]");
                assertThat(roundTrip(json, via).at("/0/intakes/0/startDate").asString()).as(via).isEqualTo(date);
            }
        }
    }
}
