package org.opdl.validator.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opdl.model.text.Lang;
import org.opdl.schema.convert.ListingCorpus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@DisplayName("Matching listings cut down to MatchFields")
class MatchFieldsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path SAMPLE = Path.of(System.getProperty("opdl.root", "..")).resolve("docs/data/programs-0.2.json");

    @ParameterizedTest(name = "{0} works, {1} credits, {2} years in {3}, closed {5}")
    @CsvSource({"0, 0, 0, CA-QC, fr, true", "1, 0, 1, CA-ON, en, false", "2, 1, 3, CA-QC, fr, true",
        "4, 3, 6, CA-BC, en, true", "9, 8, 15, CA-NU, en, true", "3, 2, 4, CA-NS, fr, false"})
    @DisplayName("gives the same answer, reasons and all, in both languages, as the whole listings of the sample dataset")
    void sameAnswer(int works, int credits, int years, String region, String lang, boolean closed) throws IOException {
        List<JsonNode> whole = new ArrayList<>();
        JSON.readTree(Files.readString(SAMPLE)).path("listings").forEach(whole::add);
        assertThat(whole).hasSizeGreaterThan(20);
        same(profile(works, credits, years, region, lang), closed, whole);
    }

    @ParameterizedTest(name = "{0} works, {1} credits, {2} years in {3}")
    @CsvSource({"0, 0, 0, CA-QC, fr", "2, 1, 3, CA-ON, en", "6, 5, 9, CA-YT, en"})
    @DisplayName("gives the same answer as the whole listings on 2,000 varied generated listings")
    void sameOnGenerated(int works, int credits, int years, String region, String lang) {
        ListingCorpus corpus = new ListingCorpus(42);
        List<JsonNode> whole = new ArrayList<>();
        for (long n = 0; n < 2000; n++) {
            whole.add(corpus.next(n));
        }
        same(profile(works, credits, years, region, lang), true, whole);
    }

    private static Profile profile(int works, int credits, int years, String region, String lang) {
        return new Profile(works, credits, years, region, Optional.empty(), List.of(lang, "en"), List.of("women"),
                Optional.of(new BigDecimal("500")), OptionalInt.of(30), LocalDate.parse("2026-01-15"));
    }

    private static void same(Profile p, boolean closed, List<JsonNode> whole) {
        Matcher all = new Matcher(p, closed);
        Matcher cut = new Matcher(p, closed);
        for (JsonNode l : whole) {
            all.accept(l);
            ObjectNode kept = JSON.createObjectNode();
            l.properties().forEach(e -> {
                if (MatchFields.NAMES.contains(e.getKey())) {
                    kept.set(e.getKey(), e.getValue());
                }
            });
            cut.accept(kept);
        }
        if (closed) {
            assertThat(all.matches().fits().size() + all.matches().nearMisses().size()).isPositive();
        }
        for (Lang l : Lang.values()) {
            assertThat(MatchJson.write(cut.matches(), l)).isEqualTo(MatchJson.write(all.matches(), l));
            assertThat(MatchText.write(cut.matches(), l)).isEqualTo(MatchText.write(all.matches(), l));
        }
    }
}
