package org.opdl.validator.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("Matching the real programs of the nineteenth round")
class RealProgramsNineteenthRoundTest {

    /** The shape of a mentorship of the Alliance des producteurs francophones du Canada, for francophones outside Quebec. */
    private static final String FRANCOPHONES_OUTSIDE_QUEBEC = """
            {"id": "listing:apfc/producer-mentorship",
             "title": {"fr": "Mentorat pour les productrices et producteurs francophones hors Québec"},
             "provider": {"name": {"fr": "Alliance des producteurs francophones du Canada"}}, "url": "https://apfc.info/",
             "programTypes": ["mentorship"], "workingLanguages": ["fr"],
             "eligibility": {"reservedFor": ["olmc"]}}
            """;

    /** A program for English-language producers of Quebec, reserved the same way. */
    private static final String ENGLISH_IN_QUEBEC = """
            {"id": "listing:example/quebec-english-producers", "title": {"en": "Lab for English-language producers in Quebec"},
             "provider": {"name": {"en": "An English-language producers' council of Quebec"}}, "url": "https://example.org/",
             "programTypes": ["lab"], "eligibility": {"reservedFor": ["olmc"]}}
            """;

    /** A program reserved for francophones wherever they live. */
    private static final String FRANCOPHONES = """
            {"id": "listing:example/francophones", "title": {"fr": "Atelier pour les francophones"},
             "provider": {"name": {"fr": "Un organisme"}}, "url": "https://example.org/",
             "programTypes": ["lab"], "eligibility": {"reservedFor": ["francophone"]}}
            """;

    private static Match.Check group(String listing, String region, List<String> languages, List<String> groups) {
        Profile p = new Profile(2, 0, 2, region, Optional.empty(), languages, groups, Optional.empty(), OptionalInt.of(31),
                LocalDate.parse("2026-12-07"));
        Matcher m = new Matcher(p, false, true);
        m.accept(JsonMapper.builder().build().readTree(listing));
        Matches all = m.matches();
        Match match = all.fits().isEmpty() ? all.others().isEmpty() ? all.nearMisses().get(0) : all.others().get(0) : all.fits().get(0);
        return match.checks().stream().filter(c -> c.criterion().equals("target-group")).findFirst().orElseThrow();
    }

    @Nested
    @DisplayName("P60: places reserved for official-language minority communities, which a profile shows by its region and languages")
    class MinorityLanguageCommunities {

        @Test
        @DisplayName("a producer in New Brunswick who works in French fits, and is told why, in both languages")
        void francophoneOutsideQuebec() {
            Match.Check c = group(FRANCOPHONES_OUTSIDE_QUEBEC, "CA-NB", List.of("fr"), List.of());
            assertThat(c.outcome()).isEqualTo(Match.Outcome.FITS);
            assertThat(c.reason().en()).isEqualTo(
                    "reserved for official-language minority communities, which includes you, as you work in French outside Quebec");
            assertThat(c.reason().fr()).isEqualTo("réservé à : communautés de langue officielle en situation minoritaire, "
                    + "dont vous faites partie, puisque vous travaillez en français hors du Québec");
        }

        @Test
        @DisplayName("a producer in Quebec who works in English fits, French in a region subtag counting as French")
        void anglophoneInQuebec() {
            Match.Check c = group(ENGLISH_IN_QUEBEC, "CA-QC", List.of("en-CA"), List.of());
            assertThat(c.outcome()).isEqualTo(Match.Outcome.FITS);
            assertThat(c.reason().en()).endsWith("which includes you, as you work in English in Quebec");
            assertThat(group(FRANCOPHONES_OUTSIDE_QUEBEC, "CA-ON", List.of("fr-CA"), List.of()).outcome())
                    .isEqualTo(Match.Outcome.FITS);
        }

        @Test
        @DisplayName("a producer in Quebec who works only in French, and one in Ontario who works only in English, do not fit")
        void majorityLanguage() {
            Match.Check quebec = group(FRANCOPHONES_OUTSIDE_QUEBEC, "CA-QC", List.of("fr"), List.of());
            assertThat(quebec.outcome()).isEqualTo(Match.Outcome.DOES_NOT_FIT);
            assertThat(quebec.reason().en()).isEqualTo("reserved for official-language minority communities; your profile does not name it");
            assertThat(group(ENGLISH_IN_QUEBEC, "CA-ON", List.of("en"), List.of()).outcome()).isEqualTo(Match.Outcome.DOES_NOT_FIT);
        }

        @Test
        @DisplayName("a profile that names the group keeps the words of a group it names")
        void namedGroup() {
            Match.Check c = group(FRANCOPHONES_OUTSIDE_QUEBEC, "CA-QC", List.of("fr"), List.of("olmc"));
            assertThat(c.outcome()).isEqualTo(Match.Outcome.FITS);
            assertThat(c.reason().en()).isEqualTo("reserved for official-language minority communities, which your profile names");
        }

        @Test
        @DisplayName("places reserved for francophones fit a producer who works in French, wherever she lives")
        void francophones() {
            Match.Check c = group(FRANCOPHONES, "CA-QC", List.of("en", "fr"), List.of());
            assertThat(c.outcome()).isEqualTo(Match.Outcome.FITS);
            assertThat(c.reason().fr()).isEqualTo("réservé à : francophones, dont vous faites partie, puisque vous travaillez en français");
            assertThat(group(FRANCOPHONES, "CA-QC", List.of("en"), List.of()).outcome()).isEqualTo(Match.Outcome.DOES_NOT_FIT);
        }
    }
}
