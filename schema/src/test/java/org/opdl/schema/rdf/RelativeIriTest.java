package org.opdl.schema.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.schema.rdf.RdfNothingLostTest.readAs;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Lang;
import org.opdl.schema.format.ReaderRule;
import org.opdl.schema.testing.RelativeIriTurtle;

/** U7: an IRI written relative to no base the file declares is read as before, and said at its line. */
@DisplayName("A relative IRI without a base is reported at its line")
class RelativeIriTest {

    private static Finding only(RdfNothingLostTest.Read read, String written) {
        assertThat(read.error()).isNull();
        return read.notes().stream().filter(f -> f.ruleId().equals(ReaderRule.RDF_RELATIVE_IRI.id()))
                .filter(f -> f.message().en().contains("<" + written + ">")).findFirst()
                .orElseThrow(() -> new AssertionError("no note for " + written + " in " + read.notes()));
    }

    @Test
    @DisplayName("Turtle: the listing's id and its address, each named as written and as read, at its line and subject")
    void turtle() {
        RdfNothingLostTest.Read read = readAs("ttl", RelativeIriTurtle.TEXT);
        assertThat(read.listings()).hasSize(1);
        assertThat(read.listings().get(0).listing().path("id").asString()).isEqualTo("listing:spira/mentorat");
        assertThat(read.listings().get(0).listing().path("url").asString()).isEqualTo("https://w3id.org/opdl/spira.quebec/mentorat");
        Finding id = only(read, "listing/spira/mentorat");
        assertThat(id.severity()).isEqualTo(Severity.WARNING);
        assertThat(id.location()).isEqualTo(new Location.Rdf("in.ttl", -1, "", "https://w3id.org/opdl/listing/spira/mentorat", "", 4));
        assertThat(id.message().en()).contains("was read as <https://w3id.org/opdl/listing/spira/mentorat>")
                .contains("declares no base");
        assertThat(id.fix().en()).contains("@base <https://w3id.org/opdl/>");
        assertThat(id.message().in(Lang.FR)).contains("l'IRI relatif <listing/spira/mentorat> a été lu comme");
        assertThat(id.fix().in(Lang.FR)).contains("déclarez la base en tête du fichier");
        Finding url = only(read, "spira.quebec/mentorat");
        assertThat(url.location()).isEqualTo(new Location.Rdf("in.ttl", -1, "", "https://w3id.org/opdl/listing/spira/mentorat",
                "https://w3id.org/opdl/ns#url", 7));
        assertThat(read.notes()).hasSize(2);
    }

    @Test
    @DisplayName("Turtle with @base, or with full IRIs: nothing to say, the IRIs read against the base the file declares")
    void declaredBase() {
        RdfNothingLostTest.Read read = readAs("ttl", "@base <https://spira.quebec/> .\n" + RelativeIriTurtle.TEXT
                .replace("<listing/spira/mentorat>", "<https://w3id.org/opdl/listing/spira/mentorat>"));
        assertThat(read.error()).isNull();
        assertThat(read.notes()).isEmpty();
        assertThat(read.listings().get(0).listing().path("url").asString()).isEqualTo("https://spira.quebec/spira.quebec/mentorat");
    }

    @Test
    @DisplayName("a relative prefix is reported at the PREFIX line")
    void relativePrefix() {
        RdfNothingLostTest.Read read = readAs("ttl",
                RelativeIriTurtle.TEXT.replace("<https://w3id.org/opdl/vocab/program-type/>", "<vocab/program-type/>"));
        assertThat(read.listings().get(0).listing().path("programTypes").get(0).asString()).isEqualTo("mentorship");
        assertThat(only(read, "vocab/program-type/mentorship").message().en()).contains("was read as <https://w3id.org/opdl/vocab/program-type/mentorship>");
    }

    @Test
    @DisplayName("RDF/XML: rdf:about and rdf:resource without xml:base, at their lines, with the xml:base fix; with xml:base, nothing")
    void rdfXml() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:opdl="https://w3id.org/opdl/ns#">
                  <rdf:Description rdf:about="listing/spira/mentorat">
                    <opdl:title xml:lang="fr">Mentorat Spira</opdl:title>
                    <opdl:url rdf:resource="spira.quebec/mentorat"/>
                  </rdf:Description>
                </rdf:RDF>
                """;
        RdfNothingLostTest.Read read = readAs("rdfxml", xml);
        assertThat(only(read, "listing/spira/mentorat").location().describe(Lang.EN)).startsWith("line 3 ");
        Finding url = only(read, "spira.quebec/mentorat");
        assertThat(url.location().describe(Lang.EN)).startsWith("line 5 ");
        assertThat(url.fix().en()).contains("xml:base=\"https://w3id.org/opdl/\"");
        RdfNothingLostTest.Read based = readAs("rdfxml", xml.replace("<rdf:RDF ", "<rdf:RDF xml:base=\"https://w3id.org/opdl/\" "));
        assertThat(based.error()).isNull();
        assertThat(based.notes()).isEmpty();
    }

    @Test
    @DisplayName("a parser's error about a relative IRI names it against the OPDL namespace, not the stand-in base")
    void errorsNameTheOpdlNamespace() {
        RdfNothingLostTest.Read read = readAs("rdfxml", """
                <?xml version="1.0"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:opdl="https://w3id.org/opdl/ns#">
                  <rdf:Description rdf:about="listing/a b"><opdl:title xml:lang="fr">Mentorat</opdl:title></rdf:Description>
                </rdf:RDF>
                """);
        assertThat(read.error()).isNotNull();
        // The address is named against the OPDL namespace, up to the space it cannot hold (U30).
        assertThat(read.error().text().en()).contains("https://w3id.org/opdl/listing/a… goes on with a space").doesNotContain(".invalid");
    }

    @Test
    @DisplayName("JSON-LD: a relative @id, at its line, with the context's @base as the fix")
    void jsonLd() {
        RdfNothingLostTest.Read read = readAs("jsonld", """
                {"@context": "https://w3id.org/opdl/context/0.2.jsonld",
                 "@graph": [
                  {"id": "program/1",
                   "title": {"fr": "Mentorat Spira"}}
                 ]}
                """);
        Finding id = only(read, "program/1");
        assertThat(id.location().describe(Lang.EN)).isEqualTo("line 3 <https://w3id.org/opdl/program/1>");
        assertThat(id.fix().en()).contains("{\"@base\": \"https://w3id.org/opdl/\"}");
    }

    @Test
    @DisplayName("N-Triples, where a relative IRI is not allowed, refuses it at its line")
    void nTriples() {
        RdfNothingLostTest.Read read = readAs("nt", "<listing/spira/mentorat> <https://w3id.org/opdl/ns#title> \"Mentorat Spira\"@fr .\n");
        assertThat(read.error()).isNotNull();
        assertThat(read.error().rule()).isEqualTo(ReaderRule.SYNTAX_RDF);
        assertThat(read.error().location().describe(Lang.EN)).contains("line 1");
    }

    @Test
    @DisplayName("U54: RDF/XML whose outermost xml:base is itself relative is refused at its line, with the base in full as the fix")
    void rdfXmlRelativeBase() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:opdl="https://w3id.org/opdl/ns#"
                         xml:base="listing/">
                  <rdf:Description rdf:about="spira/mentorat">
                    <opdl:title xml:lang="fr">Mentorat Spira</opdl:title>
                  </rdf:Description>
                </rdf:RDF>
                """;
        // Before, Jena's parser read the base three times over: <https://w3id.org/opdl/listing/listing/listing/spira/mentorat>.
        RdfNothingLostTest.Read read = readAs("rdfxml", xml);
        assertThat(read.listings()).isEmpty();
        assertThat(read.error()).isNotNull();
        assertThat(read.error().rule()).isEqualTo(ReaderRule.SYNTAX_RDF);
        assertThat(read.error().location().describe(Lang.EN)).startsWith("line 3");
        assertThat(read.error().text().en()).startsWith("xml:base=\"listing/\" on the outermost element is a relative address");
        assertThat(read.error().fix().en()).isEqualTo("write the base in full: xml:base=\"https://w3id.org/opdl/listing/\", if that is the one meant");
        assertThat(read.error().text().in(Lang.FR)).startsWith("xml:base=\"listing/\" sur l'élément extérieur est une adresse relative : ");
        // The base in full, or relative on an inner element, is read as RDF/XML means it.
        RdfNothingLostTest.Read full = readAs("rdfxml", xml.replace("xml:base=\"listing/\"", "xml:base=\"https://w3id.org/opdl/listing/\""));
        assertThat(full.error()).isNull();
        assertThat(full.listings().get(0).listing().path("id").asString()).isEqualTo("listing:spira/mentorat");
        RdfNothingLostTest.Read inner = readAs("rdfxml", xml.replace("\n         xml:base=\"listing/\"", "")
                .replace("<rdf:Description rdf:about", "<rdf:Description xml:base=\"https://w3id.org/opdl/listing/\" rdf:about"));
        assertThat(inner.error()).isNull();
        assertThat(inner.listings().get(0).listing().path("id").asString()).isEqualTo("listing:spira/mentorat");
    }

    @Test
    @DisplayName("U55: a Turtle base that is itself relative is said once, at its line, not as \"no base\" for each IRI under it")
    void relativeTurtleBase() {
        RdfNothingLostTest.Read read = readAs("ttl", "@base <listing/> .\n" + RelativeIriTurtle.TEXT
                .replace("<listing/spira/mentorat>", "<spira/mentorat>"));
        assertThat(read.error()).isNull();
        assertThat(read.listings().get(0).listing().path("id").asString()).isEqualTo("listing:spira/mentorat");
        Finding base = only(read, "listing/");
        assertThat(base.severity()).isEqualTo(Severity.WARNING);
        assertThat(base.location().describe(Lang.EN)).startsWith("line 1 ");
        assertThat(base.message().en()).isEqualTo("the base <listing/> that the file declares is itself relative: opdl read it as "
                + "<https://w3id.org/opdl/listing/>, against the OPDL namespace https://w3id.org/opdl/, and every relative IRI below it "
                + "against that, where another RDF tool would read them against the address of the file");
        assertThat(base.fix().en()).isEqualTo("if <https://w3id.org/opdl/listing/> is the base meant, write it in full: "
                + "@base <https://w3id.org/opdl/listing/> .");
        assertThat(base.message().in(Lang.FR)).startsWith("la base <listing/> que le fichier déclare est elle-même relative : ");
        // Before, the listing's id was named "<listing/spira/mentorat>", an IRI the file never wrote, "the file declares no base", with no line.
        assertThat(read.notes()).noneMatch(f -> f.message().en().contains("declares no base") && f.message().en().contains("spira/mentorat"));
    }
}
