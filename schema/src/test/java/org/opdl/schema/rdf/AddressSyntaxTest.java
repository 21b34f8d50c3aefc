package org.opdl.schema.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.schema.rdf.RdfNothingLostTest.readAs;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Lang;
import org.opdl.schema.format.ReaderRule;

/** U30, U31, U32: an address or a language tag that Turtle, N-Triples or RDF/XML cannot read, said in opdl's words. */
@DisplayName("Addresses and language tags the RDF syntaxes cannot read")
class AddressSyntaxTest {

    private static final String LISTING = "<https://w3id.org/opdl/listing/hot-docs/doc-ignite> ";
    private static final String TITLE = LISTING + "<https://w3id.org/opdl/ns#title> ";
    private static final String URL = LISTING + "<https://w3id.org/opdl/ns#url> ";

    @Nested
    @DisplayName("U30: a character no address holds, as a web address pasted from a document carries it")
    class Characters {
        @ParameterizedTest(name = "{0} in {1}")
        @CsvSource(delimiter = ';', value = {
            "' ';nt;a space;une espace;%20",
            "' ';ttl;a space;une espace;%20",
            "'\t';ttl;a tab;une tabulation;%09",
            "'{';nt;the character { (U+007B);le caractère { (U+007B);%7B",
            "'\"';ttl;the character \" (U+0022);le caractère \" (U+0022);%22",
            "'|';nt;the character | (U+007C);le caractère | (U+007C);%7C",
            "'<';ttl;the character < (U+003C);le caractère < (U+003C);%3C",
            "'\u0001';nt;the invisible character U+0001;le caractère invisible U+0001;%01"})
        @DisplayName("is named with the address before it, its escaped form and the line, in both languages")
        void named(String character, String format, String en, String fr, String escaped) {
            RdfNothingLostTest.Read read = readAs(format, URL + "<https://www.hotdocs.ca/i/doc" + character + "ignite> .\n");
            assertThat(read.error()).isNotNull();
            assertThat(read.error().rule()).isEqualTo(ReaderRule.SYNTAX_RDF);
            assertThat(read.error().location()).isInstanceOfSatisfying(Location.Text.class, at -> assertThat(at.line()).isEqualTo(1));
            assertThat(read.error().text().en()).contains("the address <https://www.hotdocs.ca/i/doc… goes on with " + en
                    + ", which an address (IRI) cannot hold").doesNotContain("character in IRI");
            assertThat(read.error().fix().en()).startsWith("write " + escaped + " in place of the character");
            assertThat(read.error().text().in(Lang.FR)).contains("l'adresse <https://www.hotdocs.ca/i/doc… continue par " + fr)
                    .doesNotContain("character in IRI");
            assertThat(read.error().fix().in(Lang.FR)).startsWith("écrivez " + escaped + " à la place du caractère");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"https://www.hotdocs.ca/i/doc ignite", "https://www.hotdocs.ca/i/doc{ignite}"})
        @DisplayName("in RDF/XML, where the parser names only the address, the character is found in it")
        void rdfXml(String address) {
            String xml = """
                    <?xml version="1.0" encoding="utf-8"?>
                    <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:opdl="https://w3id.org/opdl/ns#">
                      <rdf:Description rdf:about="https://w3id.org/opdl/listing/hot-docs/doc-ignite">
                        <opdl:url rdf:resource="%s"/>
                      </rdf:Description>
                    </rdf:RDF>
                    """.formatted(address);
            RdfNothingLostTest.Read read = readAs("rdfxml", xml);
            assertThat(read.error()).isNotNull();
            assertThat(read.error().text().en()).contains("the address <https://www.hotdocs.ca/i/doc… goes on with")
                    .doesNotContain("Code:");
            assertThat(read.error().text().in(Lang.FR)).contains("l'adresse <https://www.hotdocs.ca/i/doc… continue par")
                    .doesNotContain("Code:");
        }
    }

    @Nested
    @DisplayName("U31: an address whose closing > is missing")
    class NotClosed {
        @Test
        @DisplayName("at the end of its line, or of the file, is named with the fix to close it on its line, in both languages")
        void notClosed() {
            RdfNothingLostTest.Read line = readAs("ttl", URL + "<https://www.hotdocs.ca/i/doc-\nignite> .\n");
            assertThat(line.error()).isNotNull();
            assertThat(line.error().text().en()).contains("the address <https://www.hotdocs.ca/i/doc- is not closed by > before the end of its line")
                    .doesNotContain("Broken IRI");
            assertThat(line.error().fix().en()).startsWith("close the address with > on the line where it begins");
            assertThat(line.error().text().in(Lang.FR)).contains("n'est pas fermée par > avant la fin de sa ligne");
            RdfNothingLostTest.Read file = readAs("nt", URL + "<https://www.hotdocs.ca/i/doc-ignite");
            assertThat(file.error()).isNotNull();
            assertThat(file.error().text().en()).contains("is not closed by > before the end of the file").doesNotContain("Broken IRI");
            assertThat(file.error().text().in(Lang.FR)).contains("avant la fin du fichier");
        }
    }

    @Nested
    @DisplayName("U32: a language tag that is not one")
    class LanguageTags {
        @ParameterizedTest(name = "{0} in {1}")
        @CsvSource({"@fr-, ttl", "@fr-, nt"})
        @DisplayName("a tag ending in a hyphen is named with the form a tag takes, in both languages")
        void badTag(String tag, String format) {
            RdfNothingLostTest.Read read = readAs(format, TITLE + "\"Doc Ignite\"" + tag + " .\n");
            assertThat(read.error()).isNotNull();
            assertThat(read.error().text().en()).contains("the language tag after the @ here is not one a language can have")
                    .doesNotContain("Bad language tag");
            assertThat(read.error().fix().en()).startsWith("write the text's language as @en or @fr");
            assertThat(read.error().text().in(Lang.FR)).contains("l'étiquette de langue après le @ n'est pas une étiquette possible");
        }

        @Test
        @DisplayName("in N-Triples, a tag written with an underscore (@fr_CA) is named as such, not as a triple left open")
        void underscore() {
            RdfNothingLostTest.Read read = readAs("nt", TITLE + "\"Doc Ignite\"@fr_CA .\n");
            assertThat(read.error()).isNotNull();
            assertThat(read.error().text().en()).contains("as after a language tag written with an underscore (@fr_CA)")
                    .doesNotContain("UNDERSCORE");
            assertThat(read.error().fix().in(Lang.FR)).isEqualTo("joignez les parties d'une étiquette de langue par un trait d'union : @fr-CA, et non @fr_CA");
        }
    }
}
