package org.opdl.schema.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.schema.rdf.RdfNothingLostTest.readAs;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Lang;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.ReaderRule;

/**
 * U38: a JSON-LD context other than OPDL's, which opdl never fetches, is refused at the line and
 * column where the document names it, not at "file".
 */
@DisplayName("A JSON-LD context other than OPDL's, refused")
class JsonLdContextPlaceTest {

    private static final String OTHER = "https://example.org/contexts/program.jsonld";
    private static final String LISTING = "\n \"@id\": \"listing:spira/mentorat\",\n \"title\": {\"fr\": \"Mentorat Spira\"}";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "at the top;                  '\"OTHER\"';                                                   /@context",
        "in an array after OPDL's;    '[\"OPDL\",\n  \"OTHER\"]';                                     /@context/1",
        "scoped to a term;            '[\"OPDL\",\n  {\"note\": {\"@id\": \"https://spira.quebec/note\", \"@context\": \"OTHER\"}}]'; /@context/1/note/@context",
        "imported;                    '{\"@import\": \"OTHER\", \"@version\": 1.1}';                  /@context/@import"})
    @DisplayName("is placed at the value that names it, with its line, column and pointer, in both languages")
    void placedAtItsValue(String where, String context, String pointer) {
        String written = context.replace("OTHER", OTHER).replace("OPDL", OpdlContext.IRI);
        String doc = "{\n \"@context\": " + written + "," + LISTING + "\n}";
        ReadException e = readAs("jsonld", doc).error();
        assertThat(e).isNotNull();
        assertThat(e.rule()).isEqualTo(ReaderRule.SYNTAX_JSONLD_CONTEXT);
        String before = doc.substring(0, doc.indexOf("\"" + OTHER));
        long line = before.chars().filter(c -> c == '\n').count() + 1;
        long column = before.length() - before.lastIndexOf('\n');
        assertThat(e.location()).isInstanceOfSatisfying(Location.Json.class, at -> {
            assertThat(at.line()).isEqualTo(line);
            assertThat(at.column()).isEqualTo(column);
            assertThat(at.pointer()).isEqualTo(pointer);
        });
        assertThat(e.location().describe(Lang.EN)).startsWith("line " + line + ", column " + column).doesNotContain("file");
        assertThat(e.location().describe(Lang.FR)).startsWith("ligne " + line + ", colonne " + column);
        assertThat(e.text().en()).contains(OTHER).contains("opdl never fetches a context");
    }
}
