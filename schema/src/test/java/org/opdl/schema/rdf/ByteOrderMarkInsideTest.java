package org.opdl.schema.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.schema.rdf.RdfNothingLostTest.readAs;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opdl.model.text.Lang;
import org.opdl.schema.format.ReadException;

/**
 * U37: a byte-order mark in the middle of a JSON, JSON-LD, Turtle or N-Triples file, as when two
 * files are joined together ({@code cat a.ttl b.ttl}), each with the mark a Windows editor put at its start.
 */
@DisplayName("a byte-order mark in the middle of a file")
class ByteOrderMarkInsideTest {

    private static final char BOM = '\uFEFF';
    private static final String TURTLE = """
            PREFIX opdl: <https://w3id.org/opdl/ns#>
            <https://w3id.org/opdl/listing/hot-docs/doc-ignite> opdl:title "Doc Ignite"@en .
            """;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ttl", "nt", "json", "jsonld"})
    @DisplayName("is named at its line and column as a mark left by joining files, with the fix, in both languages")
    void namedAtItsPlace(String format) throws Exception {
        String one = switch (format) {
            case "ttl" -> TURTLE;
            case "nt" -> RdfNothingLostTest.convert(RdfNothingLostTest.PRIME_TIME, "nt");
            default -> RdfNothingLostTest.PRIME_TIME;
        };
        String joined = switch (format) {
            case "ttl" -> BOM + one + BOM + one.replace("doc-ignite", "doc-ignite-2");
            case "nt" -> one.replaceFirst("\n", "\n" + BOM);
            default -> one.replaceFirst("\"id\"", BOM + "\"id\"");
        };
        ReadException e = readAs(format, joined).error();
        assertThat(e).isNotNull();
        long line = joined.substring(0, joined.indexOf(BOM, 1)).chars().filter(c -> c == '\n').count() + 1;
        assertThat(e.location().line()).isEqualTo(line);
        assertThat(e.text().en()).contains("a byte-order mark (U+FEFF, an invisible mark that may begin a file) stands here, in the middle of the file")
                .doesNotContain(String.valueOf(BOM)).doesNotContain("65279").doesNotContain("KEYWORD");
        assertThat(e.fix().en()).startsWith("remove the mark at this place").contains("opdl merge");
        assertThat(e.text().in(Lang.FR)).contains("une marque d'ordre des octets (U+FEFF").doesNotContain(String.valueOf(BOM));
        assertThat(e.fix().in(Lang.FR)).startsWith("supprimez la marque à cet endroit");
    }

    @Test
    @DisplayName("at the very start of a file it is skipped, and one inside a text is kept as the text's character")
    void atTheStartOrInsideAText() throws Exception {
        RdfNothingLostTest.Read atStart = readAs("ttl", BOM + RdfNothingLostTest.convert(RdfNothingLostTest.PRIME_TIME, "ttl"));
        assertThat(atStart.error()).isNull();
        assertThat(atStart.listings()).hasSize(1);
        RdfNothingLostTest.Read inText = readAs("json", RdfNothingLostTest.PRIME_TIME.replace("\"en\": \"Prime Time", "\"en\": \"" + BOM + "Prime Time"));
        assertThat(inText.error()).isNull();
        assertThat(inText.listings()).hasSize(1);
    }
}
