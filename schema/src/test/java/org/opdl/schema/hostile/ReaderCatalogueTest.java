package org.opdl.schema.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.schema.convert.Formats;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.SourceRecord;

/**
 * The reader cases of the hostile-input catalogue (docs/hostile-inputs.md): NDJSON (N), CSV (C)
 * and RDF/XML (X). Each ends in listings with reported notes, or one located error, in time.
 */
@DisplayName("Catalogue cases for the NDJSON, CSV and RDF/XML readers")
@org.junit.jupiter.api.extension.ExtendWith(org.opdl.schema.testing.NoNetwork.class)
class ReaderCatalogueTest {

    record Read(List<SourceRecord> records, List<Finding> notes) {
    }

    static Read read(String format, byte[] bytes) {
        List<SourceRecord> records = new ArrayList<>();
        List<Finding> notes = new ArrayList<>();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Formats.named(format).orElseThrow()
                .reader(Limits.DEFAULT).read("in." + format, new ByteArrayInputStream(bytes), records::add, notes::add));
        return new Read(records, notes);
    }

    static Read read(String format, String text) {
        return read(format, text.getBytes(StandardCharsets.UTF_8));
    }

    static ReadException refused(String format, String text) {
        return ReaderLimitsTest.refused(format, Limits.DEFAULT, text);
    }

    static final String ONE = "{\"id\":\"listing:ab/1\",\"title\":{\"en\":\"Story lab\"}}";

    @Nested
    @DisplayName("NDJSON")
    class Ndjson {
        @Test
        @DisplayName("N1: a line longer than the record limit is refused at line 1")
        void n1() {
            Limits small = new Limits(64, 1_000_000, 1_000, 100, 1L << 30, 1_000, 100, 100, 100, Duration.ofMillis(200));
            ReadException e = ReaderLimitsTest.refused("ndjson", small, "{\"title\":\"" + "a".repeat(5_000) + "\"}");
            assertThat(e.ruleId()).isEqualTo("opdl.limit.ndjson");
            assertThat(((Location.Text) e.location()).line()).isEqualTo(1);
            assertThat(e.text().en()).isEqualTo("line 1 is longer than 1000 bytes");
            assertThat(e.fix().en()).isEqualTo("check the file is NDJSON with one listing a line; raise --max-record-size only for a trusted file");
            assertThat(e.fix().fr()).isEqualTo("vérifiez que le fichier est du NDJSON, une fiche par ligne; n'augmentez --max-record-size"
                    + " que pour un fichier de confiance");
        }

        @Test
        @DisplayName("N2: blank lines are skipped and counted; CRLF endings are accepted")
        void n2() {
            Read r = read("ndjson", ONE + "\r\n\r\n" + ONE.replace("/1", "/2") + "\r\n\n");
            assertThat(r.records()).hasSize(2);
            assertThat(r.notes()).extracting(Finding::ruleId).contains("opdl.ndjson.blank-lines");
        }

        @Test
        @DisplayName("N3: two objects on one line, or one object over several lines, is an error with the line")
        void n3() {
            ReadException two = refused("ndjson", ONE + "\n" + ONE + " " + ONE + "\n");
            assertThat(((Location.Text) two.location()).line()).isEqualTo(2);
            ReadException pretty = refused("ndjson", ONE + "\n{\n\"id\": \"listing:ab/2\"\n}\n");
            assertThat(((Location.Text) pretty.location()).line()).isEqualTo(2);
        }

        @Test
        @DisplayName("N4: a byte-order mark is skipped with a note and does not corrupt the first key")
        void n4() {
            Read r = read("ndjson", "\uFEFF" + ONE + "\n");
            assertThat(r.records().get(0).listing().has("id")).isTrue();
            assertThat(r.notes()).extracting(Finding::ruleId).contains("opdl.ndjson.bom");
        }

        @Test
        @DisplayName("N5: a malformed line 50,000 is cited by its file line")
        void n5() {
            StringBuilder b = new StringBuilder();
            for (int i = 1; i < 50_000; i++) {
                b.append("{\"id\":\"listing:ab/").append(i).append("\"}\n");
            }
            b.append("{\"id\": }\n");
            ReadException e = refused("ndjson", b.toString());
            assertThat(e.ruleId()).isEqualTo("opdl.syntax.json");
            assertThat(((Location.Text) e.location()).line()).isEqualTo(50_000);
        }

        @Test
        @DisplayName("N6: many small lines stream through, one listing at a time")
        void n6() {
            StringBuilder b = new StringBuilder();
            for (int i = 1; i <= 200_000; i++) {
                b.append("{\"id\":\"listing:ab/").append(i).append("\"}\n");
            }
            long[] count = {0};
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Formats.named("ndjson").orElseThrow()
                    .reader(Limits.DEFAULT).read("in.ndjson", new ByteArrayInputStream(b.toString().getBytes(StandardCharsets.UTF_8)),
                            r -> count[0]++, f -> { }));
            assertThat(count[0]).isEqualTo(200_000);
        }

        @Test
        @DisplayName("N8: U+2028 and U+2029 inside a string are kept and are not line breaks")
        void n8() {
            Read r = read("ndjson", "{\"title\":{\"en\":\"Story\u2028lab\u2029\"}}\n");
            assertThat(r.records()).hasSize(1);
            assertThat(r.records().get(0).listing().at("/title/en").asString()).isEqualTo("Story\u2028lab\u2029");
        }
    }

    @Nested
    @DisplayName("CSV")
    class Csv {
        static final String HEAD = "Listing ID,Title (en),Title (fr)\r\n";

        @Test
        @DisplayName("C2: Excel's UTF-8 byte-order mark does not hide the first heading")
        void c2() {
            Read r = read("csv", "\uFEFF" + HEAD + "listing:ab/1,Story lab,Labo\r\n");
            assertThat(r.records().get(0).listing().get("id").asString()).isEqualTo("listing:ab/1");
        }

        @Test
        @DisplayName("C3: Windows-1252 is read with a warning, never with U+FFFD (deliberate: Excel's default export)")
        void c3() {
            Read r = read("csv", (HEAD + "listing:ab/1,Story lab,Atelier de récit\r\n").getBytes(Charset.forName("windows-1252")));
            assertThat(r.records().get(0).listing().at("/title/fr").asString()).isEqualTo("Atelier de récit");
            assertThat(r.notes()).extracting(Finding::ruleId).contains("opdl.csv.encoding");
        }

        @Test
        @DisplayName("C5: a quoted cell with a line break is one record")
        void c5() {
            Read r = read("csv", HEAD + "listing:ab/1,\"Story\r\nlab\",Labo\r\nlisting:ab/2,B,C\r\n");
            assertThat(r.records()).hasSize(2);
            assertThat(r.records().get(0).listing().at("/title/en").asString()).isEqualTo("Story\r\nlab");
        }

        @Test
        @DisplayName("C6: an unterminated quote is an error naming the row, with bounded memory")
        void c6() {
            ReadException e = refused("csv", HEAD + "listing:ab/1,A,B\r\nlisting:ab/2,\"Story lab,Labo\r\n");
            assertThat(e.ruleId()).startsWith("opdl.");
            assertThat(((Location.Csv) e.location()).row()).isEqualTo(3);
        }

        @Test
        @DisplayName("C7: a row with more cells than headings is an error with the row that names its extra cells; the row is not read, the file is")
        void c7() {
            Read r = read("csv", HEAD + "listing:ab/1,A,B,extra\r\nlisting:ab/2,A,B\r\n");
            assertThat(r.records()).extracting(x -> x.listing().path("id").asString()).containsExactly("listing:ab/2");
            Finding f = r.notes().stream().filter(n -> n.ruleId().equals("opdl.csv.unreadable")).findFirst().orElseThrow();
            assertThat(((Location.Csv) f.location()).row()).isEqualTo(2);
            assertThat(f.message().en()).contains("D (\"extra\")");
        }

        @Test
        @DisplayName("C9: a semicolon delimiter or a sep= line is detected, not read as one column")
        void c9() {
            Read semi = read("csv", HEAD.replace(',', ';') + "listing:ab/1;Story lab;Labo\r\n");
            assertThat(semi.records().get(0).listing().at("/title/fr").asString()).isEqualTo("Labo");
            assertThat(semi.notes()).extracting(Finding::ruleId).contains("opdl.csv.delimiter");
            Read sep = read("csv", "sep=;\r\n" + HEAD.replace(',', ';') + "listing:ab/1;Story lab;Labo\r\n");
            assertThat(sep.records().get(0).listing().at("/title/fr").asString()).isEqualTo("Labo");
        }

        @Test
        @DisplayName("C13: empty rows are skipped and reported with their rows")
        void c13() {
            Read r = read("csv", HEAD + "listing:ab/1,A,B\r\n,,\r\nlisting:ab/2,C,D\r\n,,\r\n,,\r\n");
            assertThat(r.records()).hasSize(2);
            assertThat(r.notes()).extracting(Finding::ruleId).contains("opdl.csv.blank-rows");
        }

        @Test
        @DisplayName("C15: a huge cell, too many columns or too many rows end in an opdl.limit error")
        void c15() {
            ReadException cell = refused("csv", HEAD + "listing:ab/1,\"" + "a".repeat(1_000_001) + "\",B\r\n");
            assertThat(cell.ruleId()).isEqualTo("opdl.limit.csv");
            assertThat(cell.fix().en()).contains("quote").contains("raise --max-string-length only for a trusted file");
            assertThat(cell.fix().fr()).contains("guillemet").contains("n'augmentez --max-string-length que pour un fichier de confiance");
            ReadException wide = refused("csv", HEAD + "listing:ab/1,A,B" + ",".repeat(5_000) + "\r\n");
            assertThat(wide.ruleId()).isEqualTo("opdl.limit.cells");
        }
    }

    @Nested
    @DisplayName("RDF/XML")
    class RdfXml {
        static final String RDF = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:o=\"https://w3id.org/opdl/ns#\">\n";

        void refusedDtd(String xml, int line) {
            ReadException e = refused("rdfxml", xml);
            assertThat(e.ruleId()).isEqualTo("opdl.syntax.rdfxml-dtd");
            assertThat(((Location.Text) e.location()).line()).isEqualTo(line);
        }

        @Test
        @DisplayName("X1: an external entity naming a file is refused before parsing, with its line")
        void x1() {
            refusedDtd("<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n" + RDF
                    + "<rdf:Description rdf:about=\"https://w3id.org/opdl/listing/ab/1\"><o:title>&x;</o:title></rdf:Description></rdf:RDF>", 2);
        }

        @Test
        @DisplayName("X2: an external DTD on the canary address is refused and never fetched")
        void x2() {
            refusedDtd("<!DOCTYPE rdf:RDF SYSTEM \"" + org.opdl.schema.testing.Canary.get().url("x.dtd") + "\">\n" + RDF + "</rdf:RDF>", 1);
            assertThat(org.opdl.schema.testing.Canary.get().hits()).isEmpty();
        }

        @Test
        @DisplayName("X3 and X4: entity expansion (billion laughs, quadratic blow-up) is refused before parsing")
        void x3x4() {
            StringBuilder lol = new StringBuilder("<!DOCTYPE rdf:RDF [\n<!ENTITY a \"lol\">\n");
            for (int i = 1; i < 10; i++) {
                lol.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">\n");
            }
            refusedDtd(lol + "]>\n" + RDF + "<rdf:Description><o:title>&a9;</o:title></rdf:Description></rdf:RDF>", 1);
            refusedDtd("<!DOCTYPE r [<!ENTITY big \"" + "x".repeat(100_000) + "\">]>\n" + RDF
                    + "<rdf:Description><o:title>" + "&big;".repeat(1_000) + "</o:title></rdf:Description></rdf:RDF>", 1);
        }

        @Test
        @DisplayName("X5: 100,000 nested elements end in an error, not a StackOverflowError")
        void x5() {
            String deep = RDF + "<rdf:Description><o:title rdf:parseType=\"Literal\">" + "<a>".repeat(100_000)
                    + "</a>".repeat(100_000) + "</o:title></rdf:Description></rdf:RDF>";
            Throwable t = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                try {
                    read("rdfxml", deep);
                    return null;
                } catch (ReadException e) {
                    return e;
                }
            });
            assertThat(t).as("a located refusal or listings, never a crash").isInstanceOf(ReadException.class);
        }
    }
}
