package org.opdl.schema.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
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

/** A key written twice in one object is named at its line, in OPDL's words in both languages, not the parser's. */
@DisplayName("a key written twice in one JSON object")
class JsonDuplicateKeyTest {

    @ParameterizedTest(name = "{0}: \"{2}\" at line {3}")
    @DisplayName("is refused naming the key, at its line, with the fix, in English and French")
    @CsvSource(delimiter = '|', value = {
        "json | {\"listings\": [{\"id\": \"listing:hot-docs/doc-ignite\",\\n \"title\": {\"en\": \"Doc Ignite\", \"fr\": \"Doc Ignite\",\\n \"en\": \"Doc Ignite 2027\"}}]} | en | 3",
        "ndjson | {\"id\": \"listing:nfb/hothouse\"}\\n{\"id\": \"listing:cmpa/wide-lens\", \"intakes\": [{\"places\": 8, \"places\": 12}]} | places | 2",
        "json | [{\"id\": \"listing:cmpa/wide-lens\", \"url\": \"https://cmpa.ca/\",\\n\\n \"id\": \"listing:cmpa/wide-lens-2\"}] | id | 3"})
    void named(String format, String text, String key, long line) throws IOException {
        ReadException e = refusal(format, text.replace("\\n", "\n"));
        assertThat(e.ruleId()).isEqualTo("opdl.syntax.json");
        assertThat(e.location()).isInstanceOfSatisfying(Location.Text.class, at -> assertThat(at.line()).isEqualTo(line));
        assertThat(e.text().in(Lang.EN)).isEqualTo("the key \"" + key + "\" is written twice in one object"
                + "; one of its two values would be lost without a word").doesNotContain("Duplicate");
        assertThat(e.fix().in(Lang.EN)).isEqualTo("keep one of the two \"" + key + "\" values and delete the other");
        assertThat(e.text().in(Lang.FR)).isEqualTo("la clé « " + key + " » est écrite deux fois dans un même objet"
                + "; une de ses deux valeurs serait perdue sans un mot");
        assertThat(e.fix().in(Lang.FR)).isEqualTo("gardez une des deux valeurs de « " + key + " » et supprimez l'autre");
    }

    private static ReadException refusal(String format, String text) throws IOException {
        try {
            Formats.named(format).orElseThrow().reader(Limits.DEFAULT).read("programs." + format,
                    new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), DatasetSink.of(r -> { }, f -> { }));
        } catch (ReadException refused) {
            return refused;
        }
        throw new AssertionError("the key written twice was not refused");
    }
}
