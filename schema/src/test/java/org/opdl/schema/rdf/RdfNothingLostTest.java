package org.opdl.schema.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Lang;
import org.opdl.schema.convert.Conversion;
import org.opdl.schema.convert.Formats;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.SourceRecord;
import org.opdl.schema.format.WriteOptions;

/** Issue 15's RDF and JSON-LD cases: no listing or value vanishes, and every refusal is in plain words. */
@DisplayName("RDF and JSON-LD readers and writers lose nothing silently")
class RdfNothingLostTest {

    static final String PRIME_TIME = read("cmpa-prime-time.json");
    static final String LISTING = "https://w3id.org/opdl/listing/cmpa/prime-time";

    static String read(String example) {
        try {
            return Files.readString(Path.of(System.getProperty("opdl.root"), "docs/examples", example));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** What reading {@code text} as {@code format} gave: listings and notes, or the refusal. */
    record Read(List<SourceRecord> listings, List<Finding> notes, ReadException error) {
    }

    static Read readAs(String format, String text) {
        List<SourceRecord> listings = new ArrayList<>();
        List<Finding> notes = new ArrayList<>();
        try {
            Formats.named(format).orElseThrow().reader(Limits.DEFAULT)
                    .read("in." + format, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), listings::add, notes::add);
            return new Read(listings, notes, null);
        } catch (ReadException e) {
            return new Read(listings, notes, e);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String convert(String json, String to) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Conversion.run("in.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), Formats.named("json").orElseThrow(),
                Limits.DEFAULT, out, Formats.named(to).orElseThrow(), WriteOptions.DEFAULT, f -> { });
        return out.toString(StandardCharsets.UTF_8);
    }

    static ReadException refusedConverting(String json, String to) {
        try {
            convert(json, to);
        } catch (ReadException e) {
            assertThat(e.getMessage()).doesNotContain("\n");
            return e;
        } catch (IOException | RuntimeException e) {
            throw new AssertionError("a located refusal was expected, not " + e, e);
        }
        throw new AssertionError("the conversion to " + to + " was expected to be refused");
    }

    @Nested
    @DisplayName("listings are found wherever they are")
    class Discovery {

        @Test
        @DisplayName("a Turtle listing that another triple points back at is never 0 listings with no word")
        void pointedBack() throws IOException {
            String ttl = convert(PRIME_TIME, "ttl") + "\n<https://w3id.org/opdl/provider/cmpa> <https://w3id.org/opdl/ns#runs> <"
                    + LISTING + "> .\n";
            Read read = readAs("ttl", ttl);
            assertThat(read.error()).as("the stray triple is named, not the listing dropped").isNotNull();
            assertThat(read.error().ruleId()).isEqualTo("opdl.convert.unmappable");
        }

        @Test
        @DisplayName("a Turtle listing typed opdl:Listing that a stray node points to is still read, and the stray node is refused")
        void typedListingPointedAt() throws IOException {
            String ttl = convert(PRIME_TIME.replace("\"id\": \"listing:cmpa/prime-time\",", "\"id\": \"listing:cmpa/prime-time\", \"type\": \"Listing\","),
                    "ttl") + "\n<https://example.ca/catalogue> <https://example.ca/lists> <" + LISTING + "> .\n";
            Read read = readAs("ttl", ttl);
            assertThat(read.listings()).extracting(r -> r.listing().get("id").stringValue()).contains("listing:cmpa/prime-time");
            assertThat(read.error()).isNotNull();
        }

        @Test
        @DisplayName("a JSON-LD listing inside a named graph is read, and the graph's name noted")
        void namedGraph() {
            String doc = "{\"@context\": \"https://w3id.org/opdl/context/0.2.jsonld\", \"@id\": \"https://example.ca/graphs/2025\", \"@graph\": ["
                    + PRIME_TIME.replace("\"@context\": \"https://w3id.org/opdl/context/0.2.jsonld\",", "") + "]}";
            Read read = readAs("jsonld", doc);
            assertThat(read.error()).isNull();
            assertThat(read.listings()).hasSize(1);
            assertThat(read.listings().get(0).listing().get("title").get("en").stringValue()).isEqualTo("Prime Time");
            assertThat(read.notes()).extracting(Finding::ruleId).containsExactly("opdl.rdf.named-graph");
        }
    }

    @Nested
    @DisplayName("JSON-LD values are kept or refused in plain words")
    class JsonLdValues {

        @Test
        @DisplayName("a title written as a value object is refused at its line, and the processor logs nothing")
        void valueObject() {
            String doc = PRIME_TIME.replaceFirst("\"title\": \\{[^}]*\\}", "\"title\": {\"@value\": \"Prime\", \"@language\": \"en\"}");
            Read read = readAs("jsonld", doc);
            assertThat(read.error()).isNotNull();
            assertThat(read.error().text().en()).contains("\"@value\"").doesNotContain("Language tag [");
            assertThat(read.error().text().fr()).contains("« @value »");
            assertThat(read.error().location().describe(Lang.EN)).startsWith("line 12");
            assertThat(java.util.logging.Logger.getLogger("com.apicatalog").getUseParentHandlers()).isFalse();
        }

        @Test
        @DisplayName("an id that is a blank node name is refused at its line rather than dropped")
        void blankId() {
            Read read = readAs("jsonld", PRIME_TIME.replace("listing:cmpa/prime-time", "_:b1"));
            assertThat(read.error()).isNotNull();
            assertThat(read.error().text().en()).contains("_:b1");
            assertThat(read.error().location().describe(Lang.EN)).startsWith("line 3");
        }

        @Test
        @DisplayName("the processor's error is put in plain words with its place, not its own text")
        void processorError() {
            Read read = readAs("jsonld", PRIME_TIME.replace("\"url\":", "\"type\": 5, \"url\":"));
            assertThat(read.error()).isNotNull();
            assertThat(read.error().getMessage()).doesNotContain("JsonLdError").contains("type");
            assertThat(read.error().text().fr()).contains("type");
            assertThat(read.error().location().describe(Lang.EN)).startsWith("line ");
        }
    }

    @Nested
    @DisplayName("what a format cannot carry is refused with its place")
    class Refusals {

        @Test
        @DisplayName("a title holding U+FFFF is refused by RDF/XML with its place, not an internal error")
        void nonCharacterInXml() {
            ReadException e = refusedConverting(PRIME_TIME.replace("\"en\": \"Prime Time\"", "\"en\": \"Prime\uFFFF Time\""), "rdfxml");
            assertThat(e.text().en()).contains("U+FFFF");
            assertThat(e.location().describe(Lang.EN)).contains("/title/en");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"ttl", "nt", "jsonld", "rdfxml"})
        @DisplayName("a bidirectional override inside a URL is refused, never written raw into an IRI")
        void bidiInUrl(String format) {
            ReadException e = refusedConverting(PRIME_TIME.replace("https://cmpa.ca/professional-development/",
                    "https://cmpa.ca/\u202Etxt.exe"), format);
            assertThat(e.text().en()).contains("U+202E");
            assertThat(e.location().describe(Lang.EN)).contains("/url");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"ttl", "nt", "jsonld", "rdfxml"})
        @DisplayName("an empty or blank file is refused, as in JSON and CSV")
        void empty(String format) {
            for (String text : List.of("", "  \n\t\n")) {
                Read read = readAs(format, text);
                assertThat(read.error()).as("%s %s", format, text.length()).isNotNull();
                assertThat(read.error().ruleId()).isEqualTo("opdl.syntax.empty");
                assertThat(read.error().text().en()).isEqualTo("the file is empty: it holds no listings");
                assertThat(read.error().text().fr()).isEqualTo("le fichier est vide : il ne contient aucune fiche");
            }
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"ttl", "nt", "jsonld", "rdfxml"})
        @DisplayName("no listings written to RDF read back as no listings")
        void noListingsReadBack(String format) throws IOException {
            Read read = readAs(format, convert("[]", format));
            assertThat(read.error()).isNull();
            assertThat(read.listings()).isEmpty();
        }
    }

    @Nested
    @DisplayName("literals of another datatype are read as written, with a note")
    class Datatypes {

        @Test
        @DisplayName("\"900\" for an integer gives a warning naming the field")
        void plainInteger() throws IOException {
            String nt = convert(PRIME_TIME, "nt").replace("\"900\"^^<http://www.w3.org/2001/XMLSchema#integer>", "\"900\"");
            Read read = readAs("nt", nt);
            assertThat(read.error()).isNull();
            assertThat(read.listings().get(0).listing().at("/intakes/0/places").intValue()).isEqualTo(900);
            List<Finding> notes = read.listings().get(0).notes();
            assertThat(notes).extracting(Finding::compact).containsExactly("WARNING opdl.rdf.datatype /intakes/0/places");
            assertThat(notes.get(0).message().en()).contains("xsd:string").contains("xsd:integer");
            assertThat(notes.get(0).severity()).isEqualTo(Severity.WARNING);
        }

        @Test
        @DisplayName("\"10000.00\"^^xsd:double for money gives a warning and keeps the digits")
        void doubleMoney() throws IOException {
            String grant = read("canada-council-pd-grant.json");
            String ttl = convert(grant, "nt").replace("\"10000.00\"^^<http://www.w3.org/2001/XMLSchema#decimal>",
                    "\"10000.00\"^^<http://www.w3.org/2001/XMLSchema#double>");
            Read read = readAs("ttl", ttl);
            assertThat(read.error()).isNull();
            assertThat(read.listings().get(0).listing().at("/award/maximum/amount").stringValue()).isEqualTo("10000.00");
            assertThat(read.listings().get(0).notes()).extracting(Finding::compact)
                    .containsExactly("WARNING opdl.rdf.datatype /award/maximum/amount");
        }
    }
}
