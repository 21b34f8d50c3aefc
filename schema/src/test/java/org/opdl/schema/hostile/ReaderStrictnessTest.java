package org.opdl.schema.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.finding.Location;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ReadException;

@DisplayName("The readers refuse what cannot be written back, and read RDF strictly")
class ReaderStrictnessTest {

    static final String NT_HEAD = "<https://w3id.org/opdl/listing/ab/1> <https://w3id.org/opdl/ns#title> ";

    @Test
    @DisplayName("an escaped lone surrogate in a JSON or NDJSON string or key is refused at its line")
    void loneSurrogateJson() {
        for (String doc : List.of("[{\"id\": \"listing:ab/1\",\n \"title\": {\"en\": \"Lab \\ud800\"}}]",
                "[{\"id\": \"listing:ab/1\",\n \"\\udc00\": 1}]")) {
            ReadException e = ReaderLimitsTest.refused("json", Limits.DEFAULT, doc);
            assertThat(e.ruleId()).isEqualTo("opdl.syntax.json");
            assertThat(((Location.Text) e.location()).line()).isEqualTo(2);
            assertThat(e.text().en()).contains("surrogate");
        }
        ReadException nd = ReaderLimitsTest.refused("ndjson", Limits.DEFAULT,
                "{\"id\": \"listing:ab/1\"}\n{\"id\": \"listing:ab/\\udbff2\"}\n");
        assertThat(((Location.Text) nd.location()).line()).isEqualTo(2);
        assertThat(nd.text().en()).contains("\\uDBFF");
    }

    @Test
    @DisplayName("a surrogate pair written as two escapes is one character and is kept")
    void surrogatePair() throws Exception {
        var records = new java.util.ArrayList<org.opdl.schema.format.SourceRecord>();
        org.opdl.schema.convert.Formats.named("json").orElseThrow().reader(Limits.DEFAULT).read("in.json",
                new java.io.ByteArrayInputStream("[{\"title\": {\"en\": \"Lab \\ud83c\\udfac\"}}]".getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)), records::add, f -> { });
        assertThat(records.get(0).listing().at("/title/en").asString()).isEqualTo("Lab \uD83C\uDFAC");
    }

    @Test
    @DisplayName("an escaped lone surrogate in N-Triples or Turtle is refused with its line")
    void loneSurrogateRdf() {
        for (String f : List.of("nt", "ttl")) {
            ReadException e = ReaderLimitsTest.refused(f, Limits.DEFAULT, NT_HEAD + "\"A\"@en .\n" + NT_HEAD + "\"Lab \\uD800\"@en .\n");
            assertThat(e.ruleId()).as(f).startsWith("opdl.syntax");
            assertThat(((Location.Text) e.location()).line()).as(f).isEqualTo(2);
        }
    }

    @Test
    @DisplayName("an IRI with a space or an illegal character is an error in the readers, not a warning")
    void illegalIri() {
        for (String f : List.of("nt", "ttl")) {
            ReadException e = ReaderLimitsTest.refused(f, Limits.DEFAULT,
                    "<https://w3id.org/opdl/listing/ab/1> <https://w3id.org/opdl/ns#url> <https://example.org/a{b}> .\n");
            assertThat(e.ruleId()).as(f).isEqualTo("opdl.syntax.rdf");
            assertThat(((Location.Text) e.location()).line()).as(f).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("RDF/XML with a name that is not an XML NCName or a reused rdf:ID is refused")
    void rdfXmlNames() {
        String rdf = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:o=\"https://w3id.org/opdl/ns#\">\n"
                + "<rdf:Description rdf:ID=\"a\"><o:title xml:lang=\"en\">A</o:title></rdf:Description>\n"
                + "<rdf:Description rdf:ID=\"a\"><o:title xml:lang=\"en\">B</o:title></rdf:Description>\n</rdf:RDF>\n";
        assertThat(ReaderLimitsTest.refused("rdfxml", Limits.DEFAULT, rdf).ruleId()).isEqualTo("opdl.syntax.rdf");
        String bad = rdf.replace("rdf:ID=\"a\"><o:title xml:lang=\"en\">B", "rdf:ID=\"1a\"><o:title xml:lang=\"en\">B");
        assertThat(ReaderLimitsTest.refused("rdfxml", Limits.DEFAULT, bad).ruleId()).isEqualTo("opdl.syntax.rdf");
    }

    @Test
    @DisplayName("100,000 nested arrays in JSON-LD give a depth error, not a StackOverflowError")
    void deepJsonLd() {
        String deep = "{\"@context\": \"https://w3id.org/opdl/context.jsonld\", \"title\": "
                + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        ReadException e = ReaderLimitsTest.refused("jsonld", Limits.DEFAULT, deep);
        assertThat(e.ruleId()).isEqualTo("opdl.limit.json");
        assertThat(e.location()).isInstanceOfSatisfying(Location.Text.class, t -> assertThat(t.source()).isEqualTo("in.jsonld"));
        ReadException dup = ReaderLimitsTest.refused("jsonld", Limits.DEFAULT, "{\"title\": 1,\n\"title\": 2}");
        assertThat(dup.ruleId()).isEqualTo("opdl.syntax.json");
    }
}
