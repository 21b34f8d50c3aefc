package org.opdl.schema.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.schema.rdf.RdfNothingLostTest.readAs;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.text.Lang;
import org.opdl.schema.format.ReaderRule;

/** U29: a JSON-LD context other than OPDL's, named at the top or scoped to a term, refused in opdl's words in both languages. */
@DisplayName("A JSON-LD context other than OPDL's")
class JsonLdOtherContextTest {

    private static final String OTHER = "https://example.org/contexts/program.jsonld";
    private static final String LISTING = "\"@id\": \"listing:spira/mentorat\", \"@type\": \"opdl:Program\", \"title\": {\"fr\": \"Mentorat Spira\"}";

    @Test
    @DisplayName("U29: scoped to a term of a local context, it is refused as a context opdl never fetches, naming its address, never in titanium's words")
    void scopedToATerm() {
        String json = "{\"@context\": [\"" + OpdlContext.IRI + "\", {\"note\": {\"@id\": \"https://spira.quebec/note\", \"@context\": \""
                + OTHER + "\"}}], " + LISTING + ", \"note\": {\"texte\": \"à revoir\"}}";
        RdfNothingLostTest.Read read = readAs("jsonld", json);
        assertThat(read.error()).isNotNull();
        assertThat(read.error().rule()).isEqualTo(ReaderRule.SYNTAX_JSONLD_CONTEXT);
        assertThat(read.error().text().en()).isEqualTo("the JSON-LD @context names " + OTHER
                + ", which is not the OPDL context, and opdl never fetches a context");
        assertThat(read.error().fix().en()).isEqualTo("use \"@context\": \"" + OpdlContext.IRI + "\"");
    }

    @Test
    @DisplayName("named at the top, its French message is French throughout, with the address")
    void namedAtTheTop() {
        RdfNothingLostTest.Read read = readAs("jsonld", "{\"@context\": \"" + OTHER + "\", " + LISTING + "}");
        assertThat(read.error().rule()).isEqualTo(ReaderRule.SYNTAX_JSONLD_CONTEXT);
        assertThat(read.error().text().in(Lang.FR)).isEqualTo("le @context JSON-LD nomme " + OTHER
                + ", qui n'est pas le contexte OPDL, et opdl ne télécharge jamais de contexte").doesNotContain("refuses");
    }
}
