package org.opdl.schema.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opdl.model.finding.Location;
import org.opdl.schema.convert.Conversion;
import org.opdl.schema.convert.Formats;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.SourceRecord;
import org.opdl.schema.format.WriteOptions;
import org.opdl.schema.testing.NoNetwork;
import tools.jackson.databind.JsonNode;

/**
 * The RDF/XML cases X6–X8 of the hostile-input catalogue, and T6 for RDF/XML: the XML declaration
 * is honoured or refused with a report, XML literals are refused by name rather than rewritten, a
 * carriage return survives the round trip, and huge values stop at their line.
 */
@DisplayName("Catalogue cases for RDF/XML declarations, XML literals and carriage returns")
@ExtendWith(NoNetwork.class)
class RdfXmlCatalogueTest {

    static final String RDF = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:o=\"https://w3id.org/opdl/ns#\">\n";
    static final String ABOUT = "<rdf:Description rdf:about=\"https://w3id.org/opdl/listing/ab/1\">";

    static String doc(String title) {
        return RDF + ABOUT + "\n<o:title xml:lang=\"fr\">" + title + "</o:title></rdf:Description>\n</rdf:RDF>\n";
    }

    static ReadException refused(byte[] bytes) {
        return RdfCatalogueTest.refused("rdfxml", Limits.DEFAULT, new ByteArrayInputStream(bytes));
    }

    static List<SourceRecord> read(byte[] bytes) {
        return RdfCatalogueTest.read("rdfxml", bytes, new ArrayList<>());
    }

    static String convert(String from, String to, byte[] bytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Conversion.run("in." + from, new ByteArrayInputStream(bytes),
                Formats.named(from).orElseThrow(), Limits.DEFAULT, out, Formats.named(to).orElseThrow(), WriteOptions.DEFAULT, f -> { }));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("X6: a Latin-1 declaration over UTF-8 bytes is refused at the first accent's line; true Latin-1 is honoured")
    void x6Encoding() {
        String latin = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n" + doc("Atelier de récit");
        ReadException e = refused(latin.getBytes(StandardCharsets.UTF_8));
        assertThat(e.ruleId()).isEqualTo("opdl.syntax.encoding");
        assertThat(e.text().en()).contains("ISO-8859-1").contains("UTF-8");
        assertThat(((Location.Text) e.location()).line()).isEqualTo(4);
        List<SourceRecord> r = read(latin.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(r.get(0).listing().at("/title/fr").asString()).isEqualTo("Atelier de récit");
        ReadException utf16 = refused(("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n" + doc("Labo")).getBytes(Charset.forName("UTF-16")));
        assertThat(utf16.ruleId()).isEqualTo("opdl.syntax.encoding");
        ReadException unknown = refused(("<?xml version=\"1.0\" encoding=\"klingon\"?>\n" + doc("Labo")).getBytes(StandardCharsets.UTF_8));
        assertThat(unknown.text().en()).contains("klingon");
    }

    @Test
    @DisplayName("X6: XML 1.1, which admits control characters, is refused at line 1")
    void x6Version() {
        ReadException e = refused(("<?xml version=\"1.1\"?>\n" + doc("Labo&#x1;")).getBytes(StandardCharsets.UTF_8));
        assertThat(e.ruleId()).isEqualTo("opdl.syntax.rdf");
        assertThat(e.text().en()).contains("1.1");
        assertThat(((Location.Text) e.location()).line()).isEqualTo(1);
        assertThat(read(("<?xml version='1.0' encoding='utf-8'?>\n" + doc("Labo")).getBytes(StandardCharsets.UTF_8))).hasSize(1);
    }

    @Test
    @DisplayName("X7: rdf:parseType=\"Literal\" is refused naming the subject and field; markup written as text round-trips")
    void x7() throws Exception {
        String literal = RDF + ABOUT + "<o:title rdf:parseType=\"Literal\">Story <b>lab</b></o:title></rdf:Description></rdf:RDF>";
        ReadException e = refused(literal.getBytes(StandardCharsets.UTF_8));
        assertThat(e.ruleId()).isEqualTo("opdl.convert.unmappable");
        assertThat(e.text().en()).contains("rdf:parseType=\"Literal\"");
        assertThat(e.location()).isInstanceOfSatisfying(Location.Rdf.class, r -> {
            assertThat(r.subject()).isEqualTo("https://w3id.org/opdl/listing/ab/1");
            assertThat(r.predicate()).isEqualTo("https://w3id.org/opdl/ns#title");
            assertThat(r.pointer()).isEqualTo("/title");
        });
        roundTrip("Story <b>lab</b> & \"R&D\" <![CDATA[x]]>");
    }

    @Test
    @DisplayName("X8: a carriage return in a description survives JSON to RDF/XML (as &#xD;) and back")
    void x8() throws Exception {
        String xml = roundTrip("Twelve weeks.\r\nTwo cohorts.\rOne lab.");
        assertThat(xml).contains("&#xD;");
        String written = RDF + ABOUT + "<o:title xml:lang=\"en\">A&#xD;\nB&#13;C</o:title></rdf:Description></rdf:RDF>";
        assertThat(read(written.getBytes(StandardCharsets.UTF_8)).get(0).listing().at("/title/en").asString()).isEqualTo("A\r\nB\rC");
    }

    /** Converts a listing whose English description is {@code text} to RDF/XML and back, and returns the RDF/XML. */
    static String roundTrip(String text) throws Exception {
        tools.jackson.databind.node.ObjectNode listing = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        listing.put("id", "listing:ab/1");
        listing.putObject("title").put("en", "Story lab").put("fr", "Labo de récit");
        listing.putObject("description").put("en", text);
        byte[] json = ("[" + listing + "]").getBytes(StandardCharsets.UTF_8);
        String xml = convert("json", "rdfxml", json);
        String back = convert("rdfxml", "json", xml.getBytes(StandardCharsets.UTF_8));
        JsonNode tree = tools.jackson.databind.json.JsonMapper.builder().build().readTree(back);
        JsonNode first = tree.isArray() ? tree.get(0) : tree.get("listings").get(0);
        assertThat(first).isEqualTo(listing);
        return xml;
    }

    @Test
    @DisplayName("T6 in RDF/XML: a 2 MB text or a 1 MB rdf:about is refused at its line with opdl.limit.rdf")
    void t6() {
        ReadException text = refused(doc("a".repeat(2_000_000)).getBytes(StandardCharsets.UTF_8));
        assertThat(text.ruleId()).isEqualTo("opdl.limit.rdf");
        assertThat(((Location.Text) text.location()).line()).isEqualTo(3);
        String iri = RDF + "\n<rdf:Description rdf:about=\"https://w3id.org/opdl/listing/" + "a".repeat(1 << 20) + "\"/></rdf:RDF>";
        ReadException about = refused(iri.getBytes(StandardCharsets.UTF_8));
        assertThat(about.ruleId()).isEqualTo("opdl.limit.rdf");
        assertThat(((Location.Text) about.location()).line()).isEqualTo(3);
    }
}
