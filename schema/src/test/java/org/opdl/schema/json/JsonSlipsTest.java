package org.opdl.schema.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Lang;
import org.opdl.schema.convert.Formats;
import org.opdl.schema.format.DatasetSink;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ReadException;

/** The slips of hand-edited JSON that the parser names only by a character, named in plain words at their place. */
@DisplayName("a slip in hand-edited JSON or NDJSON")
class JsonSlipsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @DisplayName("is refused at its line and column in plain words, with its fix, in both languages, never in the parser's words")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "json | [{\"id\": \"listing:hot-docs/doc-ignite\", \"title\": {\"en\": \"Doc Ignite\",}}] | 1 | a comma stands before } here | delete the comma before } | une virgule précède }",
        "json | [{\"id\": \"listing:hot-docs/doc-ignite\"},\\n{\"id\": \"listing:nfb/hothouse\"},\\n] | 3 | a comma stands before ] here | delete the comma before ] | une virgule précède ]",
        "ndjson | # spring 2026, checked by Marie\\n{\"id\": \"listing:hot-docs/doc-ignite\"} | 1 | starting with # here | delete the comment | commençant par #",
        "json | [{'id': 'listing:hot-docs/doc-ignite'}] | 1 | in single quotes | in double quotes instead of | entre apostrophes",
        "ndjson | {\"id\": \"listing:nfb/hothouse\", \"canadianOwned\": True} | 1 | the word True is not a JSON value | write \"True\" in double quotes | le mot True n'est pas une valeur JSON",
        "json | [{\"id\": \"listing:nfb/hothouse\", ;}] | 1 | the character ; stands where the name of a field | correct the JSON at that place | le caractère ; se trouve"})
    void slip(String format, String text, long line, String en, String fix, String fr) {
        ReadException e = catchThrowableOfType(ReadException.class, () -> Formats.named(format).orElseThrow().reader(Limits.DEFAULT)
                .read("programs." + format, new ByteArrayInputStream(text.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8)),
                        DatasetSink.of(r -> { }, f -> { })));
        assertThat(e).as("the slip is refused").isNotNull();
        assertThat(e.ruleId()).isEqualTo("opdl.syntax.json");
        assertThat(e.location()).isInstanceOfSatisfying(Location.Text.class, at -> {
            assertThat(at.line()).isEqualTo(line);
            assertThat(at.column()).isPositive();
        });
        assertThat(e.text().in(Lang.EN)).contains(en).doesNotContain("Unexpected").doesNotContain("code ").doesNotContain("Unrecognized");
        assertThat(e.fix().in(Lang.EN)).contains(fix);
        assertThat(e.text().in(Lang.FR)).contains(fr).doesNotContain("Unexpected").doesNotContain("Unrecognized");
    }
}
