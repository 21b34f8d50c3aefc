package org.opdl.schema.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opdl.schema.format.DatasetSink;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ReadException;

@DisplayName("Only text that may hold an escaped surrogate has its strings checked for lone ones")
class SurrogateEscapesTest {

    @ParameterizedTest(name = "{0}: {1}")
    @DisplayName("finds the escapes of surrogates, and no other escape")
    @CsvSource(delimiter = '|', value = {"Prix \\uD83C\\uDFAC | true", "lone \\udc00 | true", "\\uDBFF | true",
        "Qu\\u00e9bec | false", "a \\\"lab\\\"\\n | false", "\\uD7FF and \\uE000 | false", "ends \\uD | false"})
    void finds(String text, boolean found) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        assertThat(SurrogateEscapes.in(b, 0, b.length)).isEqualTo(found);
    }

    private static List<String> read(String line) throws IOException {
        List<String> out = new ArrayList<>();
        try {
            new NdjsonListingReader(Limits.DEFAULT, 1).keeping(java.util.Set.of("id", "title")).read("programs.ndjson",
                    new ByteArrayInputStream((line + "\n").getBytes(StandardCharsets.UTF_8)),
                    DatasetSink.of(r -> out.add(r.listing().path("title").path("fr").asString()), f -> { }));
        } catch (ReadException e) {
            out.add(e.rule().id() + " " + e.location() + " " + e.text().en());
        }
        return out;
    }

    @Test
    @DisplayName("a lone surrogate among other escapes is still refused at its place; a pair, and other escapes, are read")
    void stillRefused() throws IOException {
        assertThat(read("{\"id\": \"listing:sodec/prix\", \"title\": {\"fr\": \"Prix \\\"Relève\\\" \\uDC00\"}}"))
                .singleElement().asString().startsWith("opdl.syntax.json").contains("line=1").contains("lone surrogate (\\uDC00)");
        assertThat(read("{\"id\": \"listing:sodec/prix\", \"title\": {\"fr\": \"Prix \\\"Relève\\\" \\uD83C\\uDFAC\\n\"}}"))
                .containsExactly("Prix \"Relève\" \uD83C\uDFAC\n");
    }
}
