package org.opdl.schema.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.schema.rdf.RdfNothingLostTest.readAs;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opdl.model.text.Lang;
import org.opdl.schema.format.ReaderRule;

/** U34: an RDF file cut off while being saved or sent, and a text left open at the end of its line. */
@DisplayName("RDF files cut off in the middle of a statement")
class CutOffRdfTest {

    private static final String TURTLE = """
            PREFIX opdl: <https://w3id.org/opdl/ns#>
            <https://w3id.org/opdl/listing/hot-docs/doc-ignite> opdl:title "Doc Ignite"@en , "Doc Ignite"@fr ;
                opdl:description "A year-long program for emerging documentary producers"@en .
            """;
    private static final String NTRIPLES = "<https://w3id.org/opdl/listing/hot-docs/doc-ignite> <https://w3id.org/opdl/ns#title> \"Doc Ignite\"@en .\n"
            + "<https://w3id.org/opdl/listing/hot-docs/doc-ignite> <https://w3id.org/opdl/ns#title> \"Doc Ignite\"@fr .\n";
    private static final String RDF_XML = """
            <?xml version="1.0" encoding="utf-8"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:opdl="https://w3id.org/opdl/ns#">
              <rdf:Description rdf:about="https://w3id.org/opdl/listing/hot-docs/doc-ignite">
                <opdl:title xml:lang="en">Doc Ignite</opdl:title>
              </rdf:Description>
            </rdf:RDF>
            """;

    @ParameterizedTest(name = "{0} cut after {1}")
    @CsvSource(delimiter = ';', value = {
        "ttl;'opdl:title \"Doc Ig'", "ttl;'opdl:description'", "ttl;'\"Doc Ignite\"@en ,'",
        "nt;'<https://w3id.org/opdl/ns#title> \"Doc Ignite\"@fr '", "rdfxml;'<opdl:title xml:lang=\"en\">Doc'"})
    @DisplayName("is refused at its end as a file cut off, with the fix to get it whole again, in both languages")
    void cutOff(String format, String cutAfter) {
        String whole = switch (format) {
            case "ttl" -> TURTLE;
            case "nt" -> NTRIPLES;
            default -> RDF_XML;
        };
        String cut = whole.substring(0, whole.lastIndexOf(cutAfter) + cutAfter.length());
        RdfNothingLostTest.Read read = readAs(format, cut);
        assertThat(read.error()).isNotNull();
        assertThat(read.error().rule()).isEqualTo(ReaderRule.SYNTAX_RDF);
        assertThat(read.error().text().en()).contains("the file ends in the middle of a statement")
                .doesNotContain("[EOF]").doesNotContain("Broken token").doesNotContain("same entity");
        assertThat(read.error().fix().en()).startsWith("get the whole file again from where it came from");
        assertThat(read.error().text().in(Lang.FR)).contains("le fichier se termine au milieu d'un énoncé");
        assertThat(read.error().fix().in(Lang.FR)).startsWith("reprenez le fichier entier");
    }

    @Test
    @DisplayName("a text in \"…\" that runs over two lines is named as a text left open on its line, with the \"\"\" form of Turtle as the fix")
    void textOverTwoLines() {
        RdfNothingLostTest.Read read = readAs("ttl", TURTLE.replace("for emerging documentary", "for emerging\ndocumentary"));
        assertThat(read.error()).isNotNull();
        assertThat(read.error().text().en()).contains("a text opened by \" is not closed by \" before the end of its line")
                .doesNotContain("Broken token");
        assertThat(read.error().fix().en()).contains("\"\"\"");
        assertThat(read.error().text().in(Lang.FR)).contains("un texte ouvert par \" n'est pas fermé par \" avant la fin de sa ligne");
    }
}
