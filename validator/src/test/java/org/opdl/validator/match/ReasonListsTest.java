package org.opdl.validator.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("The reasons of a match list regions and groups as a sentence does")
class ReasonListsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate DAY = LocalDate.of(2026, 12, 5);

    /** A mentorship for Indigenous, Black and racialized producers living in British Columbia or Alberta. */
    private static final String WESTERN = """
            {"id": "listing:wiftv/market-mentorship", "title": {"en": "Film Market Preparation Mentorship"},
             "provider": {"name": {"en": "Women in Film & Television Vancouver"}}, "url": "https://wiftv.example/mentorship",
             "careerStages": ["emerging"], "eligibility": {"residence": ["CA-BC", "CA-AB"], "prioritisedRegions": ["CA-BC", "CA-AB"],
             "reservedFor": ["indigenous", "black", "racialized"]}, "workingLanguages": ["en"], "status": "open"}
            """;

    /** A mentorship for French-speaking producers outside Quebec: every province and territory but Quebec, as DOC's. */
    private static final String OUTSIDE_QUEBEC = """
            {"id": "listing:doc/francophone-mentorship", "title": {"fr": "Mentorat francophone"},
             "provider": {"name": {"fr": "Documentaristes du Canada"}}, "url": "https://docorg.example/mentorat",
             "careerStages": ["emerging"], "eligibility": {"residence": ["CA-AB", "CA-BC", "CA-MB", "CA-NB", "CA-NL", "CA-NS",
             "CA-NT", "CA-NU", "CA-ON", "CA-PE", "CA-SK", "CA-YT"], "reservedFor": ["olmc"]}, "workingLanguages": ["fr"], "status": "open"}
            """;

    private static Profile profile(String region, List<String> groups) {
        return new Profile(2, 1, 3, region, Optional.empty(), List.of("en", "fr"), groups, Optional.of(new BigDecimal("500")),
                OptionalInt.empty(), DAY);
    }

    /** Every reason of every verdict on the listing, in one language. */
    private static List<String> reasons(Profile p, String listing, boolean english) {
        Matcher m = new Matcher(p, false, true);
        m.accept(JSON.readTree(listing));
        Matches all = m.matches();
        List<String> out = new ArrayList<>();
        for (List<Match> list : List.of(all.fits(), all.nearMisses(), all.others())) {
            list.forEach(match -> match.checks().forEach(c -> out.add(english ? c.reason().en() : c.reason().fr())));
        }
        return out;
    }

    @Nested
    @DisplayName("F23: several regions or groups")
    class Several {

        @Test
        @DisplayName("take the language's 'and' before the last, where a comma made two provinces read as one list item")
        void joinedWithAnd() {
            Profile quebec = profile("CA-QC", List.of());
            assertThat(reasons(quebec, WESTERN, true)).contains("for residents of British Columbia and Alberta; you live in Quebec",
                    "gives priority to applicants from British Columbia and Alberta; others may apply",
                    "reserved for Indigenous, Black and racialized; your profile names none of these");
            assertThat(reasons(quebec, WESTERN, false)).contains("pour les résidents de : Colombie-Britannique et Alberta; vous résidez : Québec",
                    "réservé à : Autochtones, personnes noires et personnes racisées; votre profil n'en nomme aucun");
        }
    }

    @Nested
    @DisplayName("F24: a residence of every province and territory but a few")
    class AllBut {

        @Test
        @DisplayName("names the ones left out, not the twelve it holds, to a producer who lives in one of them")
        void namesTheOnesLeftOut() {
            Profile quebec = profile("CA-QC", List.of("olmc"));
            assertThat(reasons(quebec, OUTSIDE_QUEBEC, true))
                    .contains("for residents of every province and territory but Quebec; you live in Quebec")
                    .noneMatch(r -> r.contains("Alberta"));
            assertThat(reasons(quebec, OUTSIDE_QUEBEC, false))
                    .contains("pour les résidents de toutes les provinces et de tous les territoires sauf : Québec; vous résidez : Québec");
        }

        @Test
        @DisplayName("still names the regions it holds when it leaves out more than three, and says a fit by the producer's own")
        void namesTheFewItHolds() {
            assertThat(reasons(profile("CA-QC", List.of()), WESTERN, true)).noneMatch(r -> r.contains("every province"));
            assertThat(reasons(profile("CA-ON", List.of("olmc")), OUTSIDE_QUEBEC, true)).contains("open to residents of Ontario");
        }
    }
}
