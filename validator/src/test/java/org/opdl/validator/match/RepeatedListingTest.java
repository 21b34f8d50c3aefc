package org.opdl.validator.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.validator.match.WaysInTest.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opdl.model.text.Lang;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("A program read twice by its id, from two files, is matched once and said (F59)")
class RepeatedListingTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path EXAMPLES = Path.of(System.getProperty("opdl.root", "..")).resolve("docs/examples");

    private static Matches m;

    private static Matches matches() throws IOException {
        if (m == null) {
            Matcher matcher = new Matcher(profile(4, 3, 6, "CA-ON", List.of(), 40, "0"), true, true);
            JSON.readTree(Files.readAllBytes(EXAMPLES.resolve("dataset.json"))).path("listings").forEach(matcher::accept);
            matcher.accept(JSON.readTree(Files.readAllBytes(EXAMPLES.resolve("cmpa-wide-lens.json"))));
            m = matcher.matches();
        }
        return m;
    }

    @Nested
    @DisplayName("the example dataset given with the file of one of its programs")
    class Examples {

        @Test
        @DisplayName("lists Wide Lens once among every verdict, and counts the second copy apart")
        void once() throws IOException {
            Matches all = matches();
            long wideLens = Stream.of(all.fits(), all.nearMisses(), all.others()).flatMap(List::stream)
                    .filter(x -> x.id().equals("listing:cmpa/wide-lens")).count();
            assertThat(wideLens).isEqualTo(1);
            assertThat(all.repeated()).isEqualTo(1);
            assertThat(all.read()).isEqualTo(all.fits().size() + all.nearMisses().size() + all.notFitting() + all.closed() + all.repeated());
        }

        @Test
        @DisplayName("says the copy left out in the summary, in each language, with its noun agreeing")
        void said() throws IOException {
            assertThat(MatchText.write(matches(), Lang.EN).lines().skip(1).findFirst().orElseThrow())
                    .endsWith(", 1 given again (the id of a listing read before), the copy updated last kept and the other left out.");
            assertThat(MatchText.write(matches(), Lang.FR).lines().skip(1).findFirst().orElseThrow())
                    .endsWith(", 1 donnée une seconde fois (l'identifiant d'une fiche déjà lue), la copie mise à jour en dernier gardée et l'autre"
                            + " laissée de côté.");
            assertThat(JSON.readTree(MatchJson.write(matches(), Lang.EN)).path("repeated").asInt()).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("listings that give no id are each matched, as none can be told to repeat another")
    void noId() {
        Matcher matcher = new Matcher(profile(2, 1, 3, "CA-MB", List.of(), null, null), true, true);
        JsonNode untitled = JSON.readTree("{\"title\": {\"en\": \"Producers Lab\"}, \"programTypes\": [\"lab\"]}");
        matcher.accept(untitled);
        matcher.accept(untitled);
        Matches r = matcher.matches();
        assertThat(r.repeated()).isZero();
        assertThat(r.fits().size() + r.nearMisses().size() + r.others().size()).isEqualTo(2);
        assertThat(MatchText.write(r, Lang.EN)).doesNotContain("given again");
    }
}
