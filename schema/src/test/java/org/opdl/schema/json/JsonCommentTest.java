package org.opdl.schema.json;

import static org.assertj.core.api.Assertions.assertThat;

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

/** A comment in JSON or NDJSON, as people add to hand-edited files, is named as a comment at its place, not in the parser's words. */
@DisplayName("a comment in JSON or NDJSON")
class JsonCommentTest {

    @ParameterizedTest(name = "{0} at line {2}")
    @DisplayName("is refused as a comment, at its line, in both languages")
    @CsvSource(delimiter = '|', value = {
        "ndjson | {\"id\": \"listing:hot-docs/doc-ignite\"}\\n\\n// Hot Docs, checked by Marie\\n{\"id\": \"listing:nfb/hothouse\"} | 3",
        "json | [{\"id\": \"listing:hot-docs/doc-ignite\"}, /* spring */\\n{\"id\": \"listing:nfb/hothouse\"}] | 1"})
    void comment(String format, String text, long line) {
        ReadException e = null;
        try {
            Formats.named(format).orElseThrow().reader(Limits.DEFAULT).read("programs." + format,
                    new ByteArrayInputStream(text.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8)), DatasetSink.of(r -> { }, f -> { }));
        } catch (ReadException refused) {
            e = refused;
        } catch (java.io.IOException io) {
            throw new java.io.UncheckedIOException(io);
        }
        assertThat(e).as("the comment is refused").isNotNull();
        assertThat(e.ruleId()).isEqualTo("opdl.syntax.json");
        assertThat(e.location()).isInstanceOfSatisfying(Location.Text.class, at -> assertThat(at.line()).isEqualTo(line));
        assertThat(e.text().in(Lang.EN)).startsWith("the file holds a comment (// or /* … */) here, which JSON does not allow")
                .doesNotContain("ALLOW_COMMENTS").doesNotContain("code 47");
        assertThat(e.fix().in(Lang.EN)).startsWith("delete the comment");
        assertThat(e.text().in(Lang.FR)).startsWith("le fichier contient ici un commentaire");
        assertThat(e.fix().in(Lang.FR)).startsWith("supprimez le commentaire");
    }
}
