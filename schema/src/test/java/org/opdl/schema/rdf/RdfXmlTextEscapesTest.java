package org.opdl.schema.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.schema.rdf.RdfNothingLostTest.readAs;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opdl.model.text.Lang;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.ReaderRule;

/**
 * U51: an RDF/XML text written by hand with what XML must escape, or cannot carry. Before, each was
 * refused at its line in the XML parser's English, in French too ("The entity "eacute" was
 * referenced, but not declared."), with the fix "correct the RDF/XML at that place".
 */
@DisplayName("An RDF/XML text")
class RdfXmlTextEscapesTest {

    private static String withNotes(String notes) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:opdl="https://w3id.org/opdl/ns#">
                  <rdf:Description rdf:about="https://w3id.org/opdl/listing/spira/mentorat">
                    <opdl:title xml:lang="fr">Mentorat Spira</opdl:title>
                    <opdl:moneyNotes xml:lang="fr">%s</opdl:moneyNotes>
                  </rdf:Description>
                </rdf:RDF>
                """.formatted(notes);
    }

    private static ReadException refused(String notes) {
        ReadException e = readAs("rdfxml", withNotes(notes)).error();
        assertThat(e).isNotNull();
        assertThat(e.rule()).isEqualTo(ReaderRule.SYNTAX_RDF);
        assertThat(e.location().line()).isEqualTo(5);
        assertThat(e.fix().en()).doesNotContain("correct the RDF/XML at that place");
        return e;
    }

    @Test
    @DisplayName("holding an entity of HTML (&eacute;, &nbsp;) is refused naming it, with the character itself as the fix, in both languages")
    void htmlEntity() {
        ReadException e = refused("Bourse de 5 000 $&nbsp;: cr&eacute;dits");
        assertThat(e.text().en()).contains("the text holds &nbsp;, an entity of HTML, which XML does not know")
                .doesNotContain("was referenced");
        assertThat(e.fix().en()).startsWith("write the character itself in place of &nbsp;");
        assertThat(e.text().in(Lang.FR)).contains("le texte contient &nbsp;, une entité du HTML, que XML ne connaît pas");
        assertThat(e.fix().in(Lang.FR)).startsWith("écrivez le caractère lui-même à la place de &nbsp;");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"Film & TV", "Film &TV"})
    @DisplayName("holding a & left as it is is refused with &amp; as the fix")
    void ampersand(String notes) {
        ReadException e = refused(notes);
        assertThat(e.text().en()).contains("a & stands alone in the text here").doesNotContain("entity name must");
        assertThat(e.fix().en()).isEqualTo("write the & as &amp; (Film &amp; TV)");
        assertThat(e.text().in(Lang.FR)).contains("un & est seul dans le texte ici");
    }

    @Test
    @DisplayName("holding a < left as it is is refused with &lt; as the fix")
    void lessThan() {
        ReadException e = refused("moins de 3 < 5 crédits");
        assertThat(e.text().en()).contains("a < stands in the text here").doesNotContain("well-formed character data");
        assertThat(e.fix().in(Lang.FR)).startsWith("écrivez le < sous la forme &lt;");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"&#0;|0000", "&#xD800;|D800", "&#xFFFE;|FFFE", "&#1;|0001"})
    @DisplayName("holding the number of a character XML cannot carry is refused naming the character")
    void referenceToNoCharacter(String reference, String code) {
        ReadException e = refused("a " + reference + " b");
        assertThat(e.text().en()).contains("the text holds " + reference + ", the number of the character U+" + code
                + ", which XML 1.0, and so RDF/XML, cannot carry").doesNotContain("invalid XML character");
        assertThat(e.text().in(Lang.FR)).contains("le numéro du caractère U+" + code);
        assertThat(e.fix().en()).startsWith("remove it");
    }

    @Test
    @DisplayName("holding an invisible control character as it is is refused naming it")
    void controlCharacter() {
        ReadException e = refused("a \u0001 b");
        assertThat(e.text().en()).contains("a text holds the character U+0001, which XML 1.0, and so RDF/XML, cannot carry")
                .doesNotContain("invalid XML character");
        assertThat(e.text().in(Lang.FR)).contains("un texte contient le caractère U+0001");
    }

    @Test
    @DisplayName("holding the escapes XML knows, and é and a no-break space as they are, is read")
    void escapesRead() {
        RdfNothingLostTest.Read read = readAs("rdfxml", withNotes("Film &amp; TV &lt; 5, crédits\u00a0: &#233;"));
        assertThat(read.error()).isNull();
    }
}
