package org.opdl.schema.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.finding.Location;
import org.opdl.schema.convert.Formats;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.SourceRecord;

@DisplayName("Every reader enforces the one Limits value with an opdl.limit error naming the place")
class ReaderLimitsTest {

    static final String HEAD = "Listing ID,Title (en),Title (fr)\n";
    static final String ROW = "listing:ab/%d,Story lab %d,Labo %d\n";

    static Limits limits(int records, int rows, int cells, int recordBytes, long fileBytes, int numberLength) {
        Limits d = Limits.DEFAULT;
        return new Limits(d.maxDepth(), d.maxStringLength(), d.maxNameLength(), numberLength, fileBytes, recordBytes,
                records, rows, cells, d.regexTime());
    }

    static ReadException refused(String format, Limits limits, String text) {
        List<SourceRecord> out = new ArrayList<>();
        Throwable t = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try {
                Formats.named(format).orElseThrow().reader(limits).read("in." + format,
                        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), out::add, f -> { });
                return null;
            } catch (ReadException e) {
                return e;
            }
        });
        assertThat(t).as("refused").isInstanceOf(ReadException.class);
        return (ReadException) t;
    }

    static String rows(int n) {
        StringBuilder b = new StringBuilder(HEAD);
        for (int i = 1; i <= n; i++) {
            b.append(String.format(ROW, i, i, i));
        }
        return b.toString();
    }

    static String ndjson(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            b.append("{\"id\":\"listing:ab/").append(i).append("\"}\n");
        }
        return b.toString();
    }

    @Test
    @DisplayName("the third listing of a JSON array passes --max-records 2, with its line")
    void jsonRecords() {
        String json = "[\n" + ndjson(3).strip().replace("\n", ",\n") + "\n]";
        ReadException e = refused("json", limits(2, 10, 10, 1000, 100_000, 100), json);
        assertThat(e.ruleId()).isEqualTo("opdl.limit.records");
        assertThat(((Location.Text) e.location()).line()).isEqualTo(4);
        assertThat(e.text().en()).contains("more than 2 listings");
        assertThat(e.fix().en()).contains("--max-records");
    }

    @Test
    @DisplayName("NDJSON stops at line 3 when only two listings are allowed")
    void ndjsonRecords() {
        ReadException e = refused("ndjson", limits(2, 10, 10, 1000, 100_000, 100), ndjson(3));
        assertThat(e.ruleId()).isEqualTo("opdl.limit.records");
        assertThat(((Location.Text) e.location()).line()).isEqualTo(3);
    }

    @Test
    @DisplayName("N-Triples, Turtle and CSV count listings against the same limit")
    void rdfAndCsvRecords() {
        String nt = "<https://example.org/a> <https://w3id.org/opdl/ns#title> \"A\"@en .\n"
                + "<https://example.org/b> <https://w3id.org/opdl/ns#title> \"B\"@en .\n";
        Limits one = limits(1, 10, 10, 1000, 100_000, 100);
        assertThat(refused("nt", one, nt).ruleId()).isEqualTo("opdl.limit.records");
        assertThat(refused("ttl", one, nt).ruleId()).isEqualTo("opdl.limit.records");
        ReadException csv = refused("csv", limits(2, 10, 10, 1000, 100_000, 100), rows(3));
        assertThat(csv.ruleId()).isEqualTo("opdl.limit.records");
        assertThat(((Location.Csv) csv.location()).row()).isEqualTo(4);
    }

    @Test
    @DisplayName("a CSV file with more rows than --max-rows is refused at the first row past it")
    void csvRows() {
        ReadException e = refused("csv", limits(100, 3, 10, 1000, 100_000, 100), rows(5));
        assertThat(e.ruleId()).isEqualTo("opdl.limit.rows");
        assertThat(((Location.Csv) e.location()).row()).isEqualTo(4);
    }

    @Test
    @DisplayName("a CSV row with more cells than --max-cells is refused with its row")
    void csvCells() {
        String wide = HEAD + "listing:ab/1,A,B" + ",x".repeat(20) + "\n";
        ReadException e = refused("csv", limits(100, 100, 10, 1000, 100_000, 100), wide);
        assertThat(e.ruleId()).isEqualTo("opdl.limit.cells");
        assertThat(((Location.Csv) e.location()).row()).isEqualTo(2);
    }

    @Test
    @DisplayName("an unclosed quote cannot pull the rest of a CSV file into one record")
    void csvRecordSize() {
        String open = HEAD + "listing:ab/1,\"Story lab" + " and more".repeat(40_000) + "\n";
        ReadException e = refused("csv", limits(100, 100, 10, 1000, 10_000_000, 100), open);
        assertThat(e.ruleId()).isEqualTo("opdl.limit.record");
        assertThat(((Location.Csv) e.location()).row()).isEqualTo(2);
    }

    @Test
    @DisplayName("a file over --max-file-size is refused by every reader, streamed or not")
    void fileSize() {
        Limits small = limits(100, 100, 100, 100_000, 200, 100);
        for (String f : List.of("json", "ndjson", "csv", "nt", "ttl", "jsonld", "rdfxml")) {
            String big = switch (f) {
                case "csv" -> rows(20);
                case "json", "jsonld" -> "[" + ndjson(20).strip().replace("\n", ",") + "]";
                case "ndjson" -> ndjson(20);
                case "rdfxml" -> "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">" + " ".repeat(300) + "</rdf:RDF>";
                default -> "<https://example.org/a> <https://w3id.org/opdl/ns#title> \"A\"@en .\n".repeat(10);
            };
            ReadException e = refused(f, small, big);
            assertThat(e.ruleId()).as(f).isIn("opdl.limit.file", "opdl.limit.json");
            assertThat(e.text().en()).as(f).containsAnyOf("200 bytes", "200");
        }
    }

    @Test
    @DisplayName("the number-length limit is the documented one: 100 characters pass, 101 do not")
    void numberLength() {
        String ok = "{\"id\":\"listing:ab/1\",\"places\":" + "1".repeat(100) + "}\n";
        String tooLong = "{\"id\":\"listing:ab/1\",\"places\":" + "1".repeat(101) + "}\n";
        List<SourceRecord> out = new ArrayList<>();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Formats.named("ndjson").orElseThrow()
                .reader(Limits.DEFAULT).read("in.ndjson", new ByteArrayInputStream(ok.getBytes(StandardCharsets.UTF_8)),
                        out::add, f -> { }));
        assertThat(out).hasSize(1);
        assertThat(refused("ndjson", Limits.DEFAULT, tooLong).ruleId()).isEqualTo("opdl.limit.json");
    }
}
