package org.opdl.schema.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opdl.schema.format.DatasetSink;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ListingReader;
import org.opdl.schema.format.ReadException;

@DisplayName("A reader keeping few fields refuses a name given twice in them as the parser does")
class KeptDuplicatesTest {

    private static final Set<String> KEPT = Set.of("id", "title", "eligibility", "intakes");

    /** What reading {@code line} after a good listing gives: the listings' ids, or where and why it stopped. */
    private static List<String> read(ListingReader reader, String line) throws IOException {
        String file = "{\"id\": \"listing:telefilm/talent-to-watch\", \"title\": {\"en\": \"Talent to Watch\"}}\n" + line + "\n";
        List<String> out = new ArrayList<>();
        try {
            reader.read("programs.ndjson", new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
                    DatasetSink.of(r -> out.add(r.listing().path("id").asString()), f -> { }));
        } catch (ReadException e) {
            out.add(e.rule().id() + " " + e.location() + " " + e.text().en() + " | " + e.fix().en());
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("in a kept field, at the top or deep in it: the same error, at the same place, as the whole read")
    @ValueSource(strings = {
        "{\"id\": \"listing:nsi/drama\", \"title\": {\"en\": \"Drama\"}, \"id\": \"listing:nsi/drama-2\"}",
        "{\"id\": \"listing:nsi/drama\", \"title\": {\"en\": \"Drama\", \"fr\": \"Drame\", \"en\": \"Drama Prize\"}}",
        "{\"id\": \"listing:nsi/drama\", \"intakes\": [{\"places\": 8}, {\"applicationDeadline\": \"2026-03-01\", \"places\": 8, \"places\": 9}]}",
        "{\"description\": {\"en\": \"A lab\"}, \"eligibility\": {\"minCredits\": 1, \"residence\": [\"CA-MB\"], \"minCredits\": 2}}"})
    void kept(String line) throws IOException {
        List<String> whole = read(new NdjsonListingReader(Limits.DEFAULT, 1), line);
        assertThat(whole.get(whole.size() - 1)).startsWith("opdl.syntax.json").contains("line=2").contains("is written twice in one object");
        assertThat(read(new NdjsonListingReader(Limits.DEFAULT, 1).keeping(KEPT), line)).containsExactlyElementsOf(whole);
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("in a field not kept: the listing is read, since nothing read changes; the whole read still refuses it")
    @ValueSource(strings = {
        "{\"id\": \"listing:nsi/drama\", \"description\": {\"en\": \"A lab\", \"en\": \"A drama lab\"}}",
        "{\"id\": \"listing:nsi/drama\", \"contact\": {\"email\": \"a@nsi.example\"}, \"contact\": {\"email\": \"b@nsi.example\"}}"})
    void skipped(String line) throws IOException {
        assertThat(read(new NdjsonListingReader(Limits.DEFAULT, 1).keeping(KEPT), line))
                .containsExactly("listing:telefilm/talent-to-watch", "listing:nsi/drama");
        assertThat(read(new NdjsonListingReader(Limits.DEFAULT, 1), line).get(1)).contains("is written twice in one object");
    }
}
