package org.opdl.schema.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opdl.model.finding.Location;
import org.opdl.schema.convert.Formats;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ListingWriter;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.SourceRecord;
import org.opdl.schema.format.WriteOptions;
import org.opdl.schema.rdf.OpdlContext;
import org.opdl.schema.testing.NoNetwork;
import tools.jackson.databind.JsonNode;

/**
 * The reader cases of the hostile-input catalogue for JSON (J) and JSON-LD (L): each ends in
 * listings read exactly, or in one error naming the line and column or the RDF subject, in time.
 */
@ExtendWith(NoNetwork.class)
@DisplayName("Catalogue cases for the JSON and JSON-LD readers")
class JsonCatalogueTest {

    static ReadException refused(String format, String text) {
        return ReaderLimitsTest.refused(format, Limits.DEFAULT, text);
    }

    static Location.Text place(ReadException e) {
        assertThat(e.location()).isInstanceOf(Location.Text.class);
        Location.Text at = (Location.Text) e.location();
        assertThat(at.source()).startsWith("in.");
        assertThat(at.line()).isPositive();
        return at;
    }

    @Nested
    @DisplayName("JSON")
    class Json {
        @Test
        @DisplayName("J3: a 30,000,000-character string stops at the string limit with its place, in opdl's words and the option that raises it")
        void j3() {
            ReadException e = refused("json", "[{\"title\": {\"en\": \"" + "a".repeat(30_000_000) + "\"}}]");
            assertThat(e.ruleId()).isEqualTo("opdl.limit.json");
            assertThat(e.text().en()).contains("a string longer than the limit of 1000000 characters (--max-string-length)")
                    .doesNotContain("StreamReadConstraints");
            assertThat(e.text().fr()).contains("une chaîne plus longue que la limite de 1000000 caractères");
            assertThat(place(e).line()).isEqualTo(1);
        }

        @Test
        @DisplayName("J4: a property name of 100,000 characters stops at the name limit with its place")
        void j4() {
            ReadException e = refused("json", "[{\"" + "k".repeat(100_000) + "\": 1}]");
            assertThat(e.ruleId()).isEqualTo("opdl.limit.json");
            assertThat(e.text().en()).contains("a field name longer than the limit of").contains("(--max-name-length)").doesNotContain("Name length");
            assertThat(e.text().fr()).contains("un nom de champ plus long que la limite de");
            assertThat(place(e).line()).isEqualTo(1);
        }

        /** B33: before, the fix said "raise --max-depth or --max-string-length" for every limit. */
        @Test
        @DisplayName("B33: each limit's fix names the option its message names, in both languages")
        void fixNamesTheLimitsOption() {
            ReadException number = refused("json", "[{\"places\": " + "9".repeat(150) + "}]");
            assertThat(number.text().en()).contains("(--max-number-length)");
            assertThat(number.fix().en()).isEqualTo("check the file is a listings dataset; raise --max-number-length only for trusted files");
            assertThat(number.fix().fr()).isEqualTo("vérifiez que le fichier est un jeu de fiches; "
                    + "n'augmentez --max-number-length que pour un fichier de confiance");
            ReadException name = refused("json", "[{\"" + "k".repeat(100_000) + "\": 1}]");
            assertThat(name.fix().en()).contains("raise --max-name-length only").doesNotContain("--max-depth");
            ReadException depth = refused("json", "[{\"notes\": " + "{\"a\": ".repeat(100) + "1" + "}".repeat(101) + "]");
            assertThat(depth.fix().en()).contains("raise --max-depth only");
        }

        @Test
        @DisplayName("J21: ten million tiny tokens in one listing stop at --max-record-size, long before the file ends")
        void j21() {
            int n = 10_000_000;
            StringBuilder b = new StringBuilder(2 * n + 32).append("[{\"topics\": [");
            for (int i = 0; i < n; i++) {
                b.append(i == 0 ? "0" : ",0");
            }
            ReadException e = refused("json", b.append("]}]").toString());
            assertThat(e.ruleId()).isEqualTo("opdl.limit.json");
            assertThat(e.fix().en()).contains("--max-record-size");
            assertThat(place(e).column()).isBetween((long) Limits.DEFAULT.maxRecordBytes(), 2L * n);
        }

        @Test
        @DisplayName("J24: a top level that is a string, a number or an array of non-objects is an error with its place")
        void j24() {
            for (String top : List.of("\"Story lab\"", "42", "[\"Story lab\"]", "[1, 2]", "[{\"id\": \"listing:ab/1\"}, 7]")) {
                ReadException e = refused("json", top);
                assertThat(e.ruleId()).as(top).isEqualTo("opdl.syntax.json");
                assertThat(place(e).column()).as(top).isPositive();
                assertThat(e.text().en()).as(top).containsAnyOf("neither a dataset object nor an array", "is not a JSON object");
            }
        }

        @Test
        @DisplayName("B11: listings in an array inside the array, as exports pasted together with their brackets, are named so, in both languages")
        void arrayOfArrays() {
            for (String top : List.of("[[{\"id\": \"listing:nfb/hothouse\"}], [{\"id\": \"listing:cmpa/wide-lens\"}]]",
                    "{\"listings\": [{\"id\": \"listing:nfb/hothouse\"}, [{\"id\": \"listing:cmpa/wide-lens\"}]]}")) {
                ReadException e = refused("json", top);
                assertThat(e.ruleId()).as(top).isEqualTo("opdl.syntax.json");
                assertThat(place(e).column()).as(top).isPositive();
                assertThat(e.text().en()).as(top).endsWith("is an array [ … ], not an object { … }: the listings are in an array inside the array,"
                        + " as when exports are pasted together with their brackets");
                assertThat(e.fix().en()).startsWith("remove the inner [ and ] so that the array holds the listings { … } themselves");
                assertThat(e.text().fr()).contains("est un tableau [ … ], et non un objet { … } : les fiches sont dans un tableau");
                assertThat(e.fix().fr()).startsWith("retirez les [ et ] intérieurs");
            }
        }

        @Test
        @DisplayName("J7: numbers are read as exact decimals and written back without Infinity, rounding or lost zeros")
        void j7() throws Exception {
            String json = "[{\"id\": \"listing:ab/1\", \"a\": 1E400, \"b\": -0, \"c\": 0.1, \"d\": 1.10, \"e\": 9007199254740993}]";
            List<SourceRecord> read = ReaderCatalogueTest.read("json", json).records();
            JsonNode l = read.get(0).listing();
            assertThat(l.get("a").decimalValue()).isEqualByComparingTo("1E400");
            assertThat(l.get("d").decimalValue().scale()).isEqualTo(2);
            assertThat(l.get("e").longValue()).isEqualTo(9_007_199_254_740_993L);
            String out = write("json", read);
            assertThat(out).contains("1E+400").contains("0.1").contains("1.10").contains("9007199254740993")
                    .doesNotContain("Infinity").doesNotContain("NaN");
        }
    }

    static final String CONTEXT = "\"@context\": \"" + OpdlContext.IRI + "\"";

    static String jsonLd(String fields) {
        return "{" + CONTEXT + ", \"@graph\": [{\"id\": \"listing:ab/1\", \"type\": \"Listing\", \"title\": {\"en\": \"Story lab\"}"
                + fields + "}]}";
    }

    static String write(String format, List<SourceRecord> records) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ListingWriter w = Formats.named(format).orElseThrow().writer(bytes, WriteOptions.DEFAULT);
        w.begin(null, null);
        for (SourceRecord r : records) {
            w.write(r);
        }
        w.end(null, null);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Nested
    @DisplayName("JSON-LD")
    class JsonLd {
        @Test
        @DisplayName("L5: a key the context does not define stops the read, naming the subject and the key")
        void l5() {
            ReadException e = refused("jsonld", jsonLd(", \"programme_title\": \"Story lab\""));
            assertThat(e.ruleId()).isEqualTo("opdl.convert.unmappable");
            assertThat(e.location()).isInstanceOfSatisfying(Location.Rdf.class, at -> {
                assertThat(at.subject()).endsWith("listing/ab/1");
                assertThat(at.predicate()).endsWith("programme_title");
            });
        }

        @Test
        @DisplayName("L6: numbers JSON-LD would turn into doubles are refused at their place; decimal strings stay exact")
        void l6() throws Exception {
            String fee = ", \"fees\": [{\"feeType\": \"application-fee\", \"amount\": {\"amount\": %s, \"currency\": \"CAD\"}}]";
            ReadException fraction = refused("jsonld", jsonLd(String.format(fee, "19.99")));
            assertThat(fraction.ruleId()).isEqualTo("opdl.convert.unmappable");
            assertThat(fraction.text().en()).contains("19.99");
            assertThat(place(fraction).column()).isPositive();
            ReadException big = refused("jsonld", jsonLd(", \"intakes\": [{\"places\": 12345678901234567890123}]"));
            assertThat(big.text().en()).contains("12345678901234567890123");
            List<SourceRecord> exact = ReaderCatalogueTest.read("jsonld", jsonLd(String.format(fee, "\"19.90\""))).records();
            assertThat(exact.get(0).listing().at("/fees/0/amount/amount").asString()).isEqualTo("19.90");
            List<SourceRecord> huge = ReaderCatalogueTest.read("json",
                    "[{\"id\": \"listing:ab/1\", \"intakes\": [{\"places\": 12345678901234567890123}]}]").records();
            ReadException refusedOut = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                try {
                    write("jsonld", huge);
                    return null;
                } catch (ReadException e) {
                    return e;
                }
            });
            assertThat(refusedOut).isNotNull();
            assertThat(refusedOut.location().pointer()).isEqualTo("/intakes/0/places");
        }

        @Test
        @DisplayName("L8: a javascript: id is kept for the validator to judge; relative ids resolve against the fixed base, never a file")
        void l8() {
            assertThat(ReaderCatalogueTest.read("jsonld", jsonLd("").replace("listing:ab/1", "javascript:alert(1)"))
                    .records().get(0).listing().get("id").asString()).isEqualTo("javascript:alert(1)");
            assertThat(ReaderCatalogueTest.read("jsonld", jsonLd("").replace("listing:ab/1", "../x"))
                    .records().get(0).listing().get("id").asString()).isEqualTo("https://w3id.org/x");
            String fileBase = jsonLd("").replace(CONTEXT, "\"@context\": [\"" + OpdlContext.IRI + "\", {\"@base\": \"file:///etc/\"}]")
                    .replace("listing:ab/1", "passwd");
            assertThat(ReaderCatalogueTest.read("jsonld", fileBase).records().get(0).listing().get("id").asString())
                    .isEqualTo("file:///etc/passwd");
        }

        @Test
        @DisplayName("L9: JSON-LD processing past --jsonld-time stops with opdl.limit.time naming the file and the option")
        void l9() {
            Limits quick = Limits.DEFAULT.withJsonLdTime(Duration.ofMillis(50));
            ReadException e = ReaderLimitsTest.refused("jsonld", quick, ScopedContexts.explosion(300, 300));
            assertThat(e.ruleId()).isEqualTo("opdl.limit.time");
            assertThat(e.location()).isInstanceOfSatisfying(Location.Text.class, at -> assertThat(at.source()).isEqualTo("in.jsonld"));
            assertThat(e.fix().en()).contains("--jsonld-time");
        }

        @Test
        @DisplayName("L10: @set is an ordinary list and @list keeps its order (a null is refused: JsonLdNullTest)")
        void l10() {
            JsonNode l = ReaderCatalogueTest.read("jsonld", jsonLd(", \"topics\": {\"@set\": [\"development\", \"financing\"]},"
                    + " \"workingLanguages\": {\"@list\": [\"fr\", \"en\"]}")).records().get(0).listing();
            assertThat(l.get("topics")).extracting(JsonNode::asString).containsExactlyInAnyOrder("development", "financing");
            assertThat(l.get("workingLanguages")).extracting(JsonNode::asString).containsExactly("fr", "en");
        }
    }
}
