package org.opdl.validator.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("F25: a provider's sentence set inside a reason of a match loses its full stop, not its abbreviation")
class ProviderWordsInReasonsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A mentorship for members of the CMPA, as the sample's mentorships word it, with another way in said in words. */
    private static final String MEMBERS = """
            {"id": "listing:cmpa/production-mentorship", "title": {"en": "CMPA Production Mentorship Program"},
             "provider": {"name": {"en": "Canadian Media Producers Association"}}, "url": "https://cmpa.example/mentorship",
             "careerStages": ["mid-career"], "eligibility": {"residence": ["CA"], "membershipRequired":
             {"en": "CMPA membership.", "fr": "Adhésion à l'AMPC."}},
             "eligibilityAlternatives": [{"label": {"en": "Or equivalent experience in another screen sector, e.g. animation, games, etc.",
               "fr": "Ou une expérience équivalente dans un autre secteur de l'écran."}}],
             "workingLanguages": ["en"], "status": "open"}
            """;

    private static List<String> reasons(boolean english) {
        Profile p = new Profile(2, 1, 3, "CA-QC", Optional.empty(), List.of("en", "fr"), List.of(), Optional.of(new BigDecimal("500")),
                OptionalInt.empty(), LocalDate.of(2026, 12, 5));
        Matcher m = new Matcher(p, false, true);
        m.accept(JSON.readTree(MEMBERS));
        Matches all = m.matches();
        List<String> out = new ArrayList<>();
        for (List<Match> list : List.of(all.fits(), all.nearMisses(), all.others())) {
            list.forEach(match -> match.checks().forEach(c -> out.add(english ? c.reason().en() : c.reason().fr())));
        }
        return out;
    }

    @Test
    @DisplayName("the membership a program asks for is quoted without the stop that ended the provider's sentence, in both languages")
    void membership() {
        assertThat(reasons(true)).contains("asks for a membership (\"CMPA membership\"); your profile names no memberships")
                .noneMatch(r -> r.contains(".\")"));
        assertThat(reasons(false)).contains("demande une adhésion (« Adhésion à l'AMPC »); votre profil ne nomme aucune adhésion")
                .noneMatch(r -> r.contains(". »"));
    }

    @Test
    @DisplayName("another way in said in words keeps the stop of its closing 'etc.', and the French loses its full stop")
    void alternative() {
        assertThat(reasons(true)).anyMatch(r -> r.startsWith("may admit you another way, which your profile cannot show: "
                + "Or equivalent experience in another screen sector, e.g. animation, games, etc."));
        assertThat(reasons(false)).anyMatch(r -> r.startsWith("peut vous admettre par une autre voie, que votre profil ne peut montrer : "
                + "Ou une expérience équivalente dans un autre secteur de l'écran") && !r.contains("l'écran."));
    }
}
