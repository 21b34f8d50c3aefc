package org.opdl.schema.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.schema.rdf.RdfNothingLostTest.readAs;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Lang;
import org.opdl.schema.format.ReaderRule;

/** U33: a JSON-LD address the processor cannot make an IRI of, which it would drop, is placed and named. */
@DisplayName("JSON-LD: an address that is not an IRI")
class JsonLdAddressTest {

    private static String listing(String url) {
        return "{\"@context\": \"https://w3id.org/opdl/context/0.2.jsonld\",\n"
                + " \"id\": \"listing:hot-docs/doc-ignite\", \"title\": {\"en\": \"Doc Ignite\"},\n"
                + " \"url\": \"" + url + "\"}\n";
    }

    @Test
    @DisplayName("a program page pasted with a space is refused at its line and column, naming the space and its escaped form, in both languages")
    void space() {
        RdfNothingLostTest.Read read = readAs("jsonld", listing("https://www.hotdocs.ca/i/doc ignite"));
        assertThat(read.error()).isNotNull();
        assertThat(read.error().rule()).isEqualTo(ReaderRule.SYNTAX_RDF);
        assertThat(read.error().location()).isEqualTo(new Location.Text("in.jsonld", 3, 9));
        assertThat(read.error().text().en()).isEqualTo("the address \"https://www.hotdocs.ca/i/doc ignite\" holds a space, "
                + "which an address (IRI) cannot hold, so JSON-LD would drop it").doesNotContain("processor would drop a value");
        assertThat(read.error().fix().en()).startsWith("write %20 in place of the character");
        assertThat(read.error().text().in(Lang.FR)).isEqualTo("l'adresse « https://www.hotdocs.ca/i/doc ignite » contient une espace, "
                + "qu'une adresse (IRI) ne peut pas contenir, et JSON-LD la laisserait donc tomber");
        assertThat(read.error().fix().in(Lang.FR)).startsWith("écrivez %20 à la place du caractère");
    }

    @Test
    @DisplayName("a brace, as a template left unfilled ({slug}), is named as the character it is")
    void brace() {
        RdfNothingLostTest.Read read = readAs("jsonld", listing("https://www.hotdocs.ca/i/{slug}"));
        assertThat(read.error()).isNotNull();
        assertThat(read.error().text().en()).contains("holds the character { (U+007B)");
        assertThat(read.error().fix().en()).startsWith("write %7B in place of the character");
    }
}
