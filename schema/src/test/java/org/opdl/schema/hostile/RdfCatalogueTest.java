package org.opdl.schema.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.schema.convert.Formats;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.SourceRecord;
import org.opdl.schema.format.WriteOptions;
import org.opdl.schema.testing.Canary;
import org.opdl.schema.testing.NoNetwork;

/**
 * The Turtle and N-Triples cases of the hostile-input catalogue (T1, T6, T8–T11 in
 * docs/hostile-inputs.md): each ends in listings, or in one error naming the file and the line and
 * column (or the subject), in time, never as a stack overflow, and large inputs are generated as
 * they are read so that what the reader buffers can be measured.
 */
@DisplayName("Catalogue cases for the Turtle and N-Triples readers")
@ExtendWith(NoNetwork.class)
class RdfCatalogueTest {

    static final String O = "https://w3id.org/opdl/ns#";
    static final String TTL = "@prefix o: <" + O + "> .\n";
    static final String S = "<https://w3id.org/opdl/listing/ab/1>";

    static Throwable attempt(String format, Limits limits, InputStream in, List<SourceRecord> out, List<Finding> notes) {
        return assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            try {
                Formats.named(format).orElseThrow().reader(limits).read("in." + format, in, out::add, notes::add);
                return null;
            } catch (ReadException e) {
                return e;
            }
        });
    }

    /** The one error reading {@code in} gives; it must be a located {@link ReadException}, not a crash. */
    static ReadException refused(String format, Limits limits, InputStream in) {
        Throwable t = attempt(format, limits, in, new ArrayList<>(), new ArrayList<>());
        assertThat(t).as("a located refusal, never a crash").isInstanceOf(ReadException.class);
        assertThat(t.getMessage()).as("one line, no stack trace").doesNotContain("\n").doesNotContain("Exception");
        return (ReadException) t;
    }

    static ReadException refused(String format, String text) {
        return refused(format, Limits.DEFAULT, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    static List<SourceRecord> read(String format, byte[] bytes, List<Finding> notes) {
        List<SourceRecord> out = new ArrayList<>();
        assertThat(attempt(format, Limits.DEFAULT, new ByteArrayInputStream(bytes), out, notes)).isNull();
        return out;
    }

    static Location.Text at(ReadException e, long line) {
        assertThat(e.location()).isInstanceOf(Location.Text.class);
        Location.Text t = (Location.Text) e.location();
        assertThat(t.source()).startsWith("in.");
        assertThat(t.line()).isEqualTo(line);
        assertThat(t.column()).isPositive();
        return t;
    }

    @Nested
    @DisplayName("T1: deep nesting")
    class Nesting {
        @Test
        @DisplayName("a BASE IRI Jena cannot parse is a syntax error, not an escaped IRIException (found by fuzzing)")
        void badBase() {
            ReadException e = refused("ttl", "BASE <https://[https://w3id.org/opdl/ns#>\n" + S + " <" + O + "title> \"Lab\"@en .\n");
            assertThat(e.ruleId()).isEqualTo("opdl.syntax.rdf");
            assertThat(e.text().en()).contains("https://[");
        }

        @Test
        @DisplayName("a word ending in ten dots is a syntax error at its line, not a crash of Jena's tokenizer (found by fuzzing)")
        void trailingDots() {
            for (String f : List.of("ttl", "nt")) {
                ReadException e = refused(f, TTL + S + " o:title \"Lab\"@en .\n@_@........6...........\n");
                assertThat(e.ruleId()).as(f).isEqualTo("opdl.syntax.rdf");
                assertThat(at(e, 3).column()).as(f).isEqualTo(22);
                assertThat(e.text().en()).contains("10 or more dots");
            }
            assertThat(refused("ttl", TTL + S + " o:title \"Lab\"@en " + ".".repeat(9) + "\n").ruleId()).isEqualTo("opdl.syntax.rdf");
        }

        @Test
        @DisplayName("100,000 nested [ ] or ( ) end in opdl.limit.rdf at the line and column, not a StackOverflowError")
        void t1() {
            ReadException blank = refused("ttl", TTL + S + " o:title " + "[ o:p ".repeat(100_000) + "]".repeat(100_000) + " .\n");
            assertThat(blank.ruleId()).isEqualTo("opdl.limit.rdf");
            assertThat(at(blank, 2).column()).isEqualTo(S.length() + 9 + 6 * 64 + 1);
            assertThat(blank.fix().en()).contains("--max-depth");
            ReadException list = refused("ttl", TTL + S + " o:x " + "( ".repeat(100_000) + ")".repeat(100_000) + " .\n");
            assertThat(list.ruleId()).isEqualTo("opdl.limit.rdf");
            at(list, 2);
        }

        @Test
        @DisplayName("nested << >> is refused at its line as an RDF 1.2 feature before any depth is reached")
        void t1Quoted() {
            ReadException e = refused("ttl", TTL + S + " o:x " + "<< ".repeat(100_000) + S + " o:p " + S + " >>".repeat(100_000) + " .\n");
            assertThat(e.ruleId()).isEqualTo("opdl.syntax.rdf");
            at(e, 2);
        }

        @Test
        @DisplayName("brackets inside strings, IRIs and comments do not count, and --max-depth is the limit")
        void t1Scan() {
            String noisy = TTL + "# " + "[(".repeat(500) + "\n" + S + " o:title \"\"\"" + "[(".repeat(500) + "\"\"\"@en ;\n o:url <https://example.org/"
                    + "(".repeat(100) + "> .\n";
            List<SourceRecord> r = read("ttl", noisy.getBytes(StandardCharsets.UTF_8), new ArrayList<>());
            assertThat(r).hasSize(1);
            assertThat(r.get(0).listing().at("/title/en").asString()).startsWith("[([(");
            ReadException shallow = refused("ttl", Limits.DEFAULT.withMaxDepth(2),
                    new ByteArrayInputStream((TTL + S + " o:x [ o:p [ o:p ( 1 ) ] ] .\n").getBytes(StandardCharsets.UTF_8)));
            assertThat(shallow.ruleId()).isEqualTo("opdl.limit.rdf");
            assertThat(at(shallow, 2).column()).isEqualTo(54);
        }
    }

    @Nested
    @DisplayName("T6: huge literals and IRIs")
    class Huge {
        @Test
        @DisplayName("a 100 MB literal is refused at its line after about a megabyte has been read, in Turtle and N-Triples")
        void t6Literal() {
            for (String f : List.of("ttl", "nt")) {
                GeneratedInput in = GeneratedInput.repeat(S + " <" + O + "title> \"", "a".repeat(1 << 16), 1_600, "\"@en .\n");
                ReadException e = refused(f, Limits.DEFAULT, in);
                assertThat(e.ruleId()).as(f).isEqualTo("opdl.limit.rdf");
                at(e, 1);
                assertThat(e.text().en()).contains("1000000 characters");
                assertThat(e.fix().en()).contains("--max-string-length");
                assertThat(in.served()).as(f + ": bytes read before the refusal").isLessThan(8L << 20);
            }
        }

        @Test
        @DisplayName("a 1 MB IRI is refused at its line, and the limit is --max-string-length")
        void t6Iri() {
            for (String f : List.of("ttl", "nt")) {
                GeneratedInput in = GeneratedInput.repeat(S + " <" + O + "url> <" + Canary.get().url("x/"), "a".repeat(1 << 10), 1 << 10, "> .\n");
                ReadException e = refused(f, Limits.DEFAULT, in);
                assertThat(e.ruleId()).as(f).isEqualTo("opdl.limit.rdf");
                at(e, 1);
            }
            ReadException small = refused("nt", Limits.DEFAULT.withMaxStringLength(10),
                    new ByteArrayInputStream((S.replace("ab/1", "a") + " <" + O + "title> \"Story lab\"@en .\n").getBytes(StandardCharsets.UTF_8)));
            assertThat(small.ruleId()).isEqualTo("opdl.limit.rdf");
        }
    }

    @Nested
    @DisplayName("T8: encodings")
    class Encodings {
        @Test
        @DisplayName("bytes that are not UTF-8 are an error at their line and column, never U+FFFD")
        void t8Latin1() {
            for (String f : List.of("ttl", "nt")) {
                String text = S + " <" + O + "title> \"Story lab\"@en .\n" + S + " <" + O + "title> \"Atelier de récit\"@fr .\n";
                ReadException e = refused(f, Limits.DEFAULT, new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)));
                assertThat(e.ruleId()).as(f).isEqualTo("opdl.syntax.encoding");
                assertThat(at(e, 2).column()).isEqualTo(S.length() + O.length() + 23);
            }
            byte[] cut = (S + " <" + O + "title> \"é").getBytes(StandardCharsets.UTF_8);
            ReadException e = refused("nt", Limits.DEFAULT, new ByteArrayInputStream(java.util.Arrays.copyOf(cut, cut.length - 1)));
            assertThat(e.ruleId()).isEqualTo("opdl.syntax.encoding");
        }

        @Test
        @DisplayName("a UTF-8 byte-order mark is accepted without a note (deliberate: as in JSON) and the first IRI is intact")
        void t8Bom() {
            for (String f : List.of("ttl", "nt")) {
                List<Finding> notes = new ArrayList<>();
                List<SourceRecord> r = read(f, ("\uFEFF" + S + " <" + O + "title> \"Atelier de récit\"@fr .\n").getBytes(StandardCharsets.UTF_8), notes);
                assertThat(r.get(0).listing().get("id").asString()).isEqualTo("listing:ab/1");
                assertThat(r.get(0).listing().at("/title/fr").asString()).isEqualTo("Atelier de récit");
                assertThat(notes).isEmpty();
            }
        }
    }

    @Nested
    @DisplayName("T9: blank nodes")
    class BlankNodes {
        @Test
        @DisplayName("two files that both say _:b0 give two listings, and merging them into one file keeps them apart")
        void t9() throws Exception {
            for (String f : List.of("ttl", "nt")) {
                List<SourceRecord> all = new ArrayList<>();
                all.addAll(read(f, ("_:b0 <" + O + "title> \"Story lab\"@en .\n").getBytes(StandardCharsets.UTF_8), new ArrayList<>()));
                all.addAll(read(f, ("_:b0 <" + O + "title> \"Producers lab\"@en .\n").getBytes(StandardCharsets.UTF_8), new ArrayList<>()));
                assertThat(all).hasSize(2);
                assertThat(((Location.Rdf) all.get(0).sourceMap().locate("")).subject())
                        .isNotEqualTo(((Location.Rdf) all.get(1).sourceMap().locate("")).subject());
                ByteArrayOutputStream merged = new ByteArrayOutputStream();
                var w = Formats.named("nt").orElseThrow().writer(merged, WriteOptions.DEFAULT);
                w.begin(null, null);
                for (SourceRecord r : all) {
                    w.write(r);
                }
                w.end(null, null);
                List<SourceRecord> back = read("nt", merged.toByteArray(), new ArrayList<>());
                assertThat(back).as(f).extracting(r -> r.listing().at("/title/en").asString())
                        .containsExactlyInAnyOrder("Story lab", "Producers lab");
            }
        }
    }

    @Nested
    @DisplayName("T10: RDF 1.2")
    class Rdf12 {
        @Test
        @DisplayName("triple terms, reified triples, annotations and base directions are refused at their line, never dropped")
        void t10Syntax() {
            for (String[] c : new String[][] {
                {"ttl", TTL + S + " o:title <<( " + S + " o:p " + S + " )>> .\n"},
                {"nt", S + " <" + O + "title> \"A\"@en .\n" + S + " <" + O + "x> <<( " + S + " <" + O + "p> " + S + " )>> .\n"},
                {"ttl", TTL + "<< " + S + " o:title \"Story lab\"@en >> o:p o:q .\n"},
                {"ttl", TTL + S + " o:title \"Story lab\"@en {| o:p o:q |} .\n"},
                {"ttl", TTL + S + " o:title \"Story lab\"@en--ltr .\n"},
                {"nt", S + " <" + O + "title> \"A\"@en .\n" + S + " <" + O + "title> \"Story lab\"@en--rtl .\n"}}) {
                ReadException e = refused(c[0], c[1]);
                assertThat(e.ruleId()).as(c[1]).isEqualTo("opdl.syntax.rdf");
                assertThat(e.text().en()).as(c[1]).startsWith("unsupported RDF 1.2 feature at line 2");
                assertThat(e.text().fr()).startsWith("fonction RDF 1.2 non prise en charge à la ligne 2");
                at(e, 2);
            }
        }

        @Test
        @DisplayName("an rdf:JSON literal is refused naming its subject and predicate, whatever the prefix")
        void t10Json() {
            ReadException e = refused("ttl", TTL + "@prefix r: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .\n"
                    + S + " o:title \"{\\\"en\\\": \\\"Story lab\\\"}\"^^r:JSON .\n");
            assertThat(e.ruleId()).isEqualTo("opdl.syntax.rdf");
            assertThat(e.text().en()).startsWith("unsupported RDF 1.2 feature").contains("rdf:JSON");
            assertThat(e.location()).isInstanceOfSatisfying(Location.Rdf.class, r -> {
                assertThat(r.source()).isEqualTo("in.ttl");
                assertThat(r.subject()).isEqualTo("https://w3id.org/opdl/listing/ab/1");
                assertThat(r.predicate()).isEqualTo(O + "title");
            });
        }

        @Test
        @DisplayName("JSON-LD's @direction and @json are refused naming the subject and predicate, not dropped")
        void t10JsonLd() {
            String head = "{\"@context\": \"" + org.opdl.schema.rdf.OpdlContext.IRI + "\", \"@id\": \"https://w3id.org/opdl/listing/ab/1\",\n \""
                    + O + "title\": ";
            for (String value : List.of("{\"@value\": \"Story lab\", \"@language\": \"en\", \"@direction\": \"ltr\"}",
                    "{\"@value\": {\"en\": \"Story lab\"}, \"@type\": \"@json\"}")) {
                ReadException e = refused("jsonld", head + value + "}");
                assertThat(e.ruleId()).as(value).isEqualTo("opdl.syntax.rdf");
                assertThat(e.text().en()).startsWith("unsupported RDF 1.2 feature");
                assertThat(e.location()).isInstanceOfSatisfying(Location.Rdf.class,
                        r -> assertThat(r.predicate()).isEqualTo(O + "title"));
            }
        }
    }

    @Nested
    @DisplayName("T11: very many triples")
    class Many {
        static String listing(long i) {
            return "<https://w3id.org/opdl/listing/ab/" + i + "> <" + O + "title> \"Story lab " + i + "\"@en .\n"
                    + "<https://w3id.org/opdl/listing/ab/" + i + "> <" + O + "title> \"Atelier de récit " + i + "\"@fr .\n";
        }

        static long usedAfterGc() {
            Runtime rt = Runtime.getRuntime();
            System.gc();
            return rt.totalMemory() - rt.freeMemory();
        }

        @Test
        @DisplayName("two million N-Triples stream through one listing at a time, in bounded time and memory")
        void t11Streams() {
            long listings = 1_000_000;
            long before = usedAfterGc();
            long[] count = {0};
            long[] grew = {0};
            GeneratedInput in = new GeneratedInput("", listings, Many::listing, "");
            assertTimeoutPreemptively(Duration.ofSeconds(240), () -> Formats.named("nt").orElseThrow().reader(Limits.DEFAULT)
                    .read("in.nt", in, r -> {
                        if (++count[0] == listings / 2) {
                            grew[0] = usedAfterGc() - before;
                        }
                    }, f -> { }));
            assertThat(count[0]).isEqualTo(listings);
            assertThat(in.served()).isGreaterThan(100L << 20);
            assertThat(grew[0]).as("heap held half-way through %d MB of N-Triples", in.served() >> 20).isLessThan(64L << 20);
        }

        @Test
        @DisplayName("the listing and file-size limits stop Turtle and N-Triples, even on an endless stream")
        void t11Limits() {
            Limits fewListings = new Limits(64, 1_000_000, 1_000, 100, 1L << 30, 1 << 20, 1_000, 10, 10, Duration.ofMillis(200));
            Limits smallFiles = new Limits(64, 1_000_000, 1_000, 100, 10L << 20, 1 << 20, 10_000_000, 10, 10, Duration.ofMillis(200));
            for (String f : List.of("ttl", "nt")) {
                ReadException records = refused(f, fewListings, new GeneratedInput("", 2_000, Many::listing, ""));
                assertThat(records.ruleId()).as(f).isEqualTo("opdl.limit.records");
                assertThat(records.location()).isInstanceOf(Location.Rdf.class);
                GeneratedInput endless = new GeneratedInput("", Long.MAX_VALUE, Many::listing, "");
                ReadException file = refused(f, smallFiles, endless);
                assertThat(file.ruleId()).as(f).isEqualTo("opdl.limit.file");
                assertThat(endless.served()).isLessThan(11L << 20);
            }
        }
    }
}
