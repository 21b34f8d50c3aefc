package org.opdl.validator.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opdl.model.text.Lang;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("F43: a travel grant that pays a share of costs says what it pays, not that it states no cost")
class SubsidyPaidTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A provincial producers' association's market travel grant: half of a Manitoba producer's costs. */
    private static String grant(String subsidy, String more) {
        return """
                {"id": "listing:on-screen-manitoba/market-travel-grant", "title": {"en": "Market Travel Grant",
                 "fr": "Subvention de déplacement aux marchés"}, "provider": {"name": {"en": "On Screen Manitoba"}},
                 "url": "https://manitoba.example/travel", "programTypes": ["pd-travel-grant"],
                 "eligibility": {"roles": ["producer"], "residence": ["CA-MB"]}, "workingLanguages": ["en"],
                 "recurrence": "rolling", "status": "open"%s%s}
                """.formatted(subsidy.isEmpty() ? "" : ", \"subsidy\": " + subsidy, more);
    }

    private static Match match(String listing) {
        Profile p = new Profile(3, 2, 4, "CA-MB", Optional.empty(), List.of("en"), List.of(), Optional.of(BigDecimal.ZERO),
                OptionalInt.empty(), LocalDate.of(2026, 12, 7));
        Matcher m = new Matcher(p, false, true);
        m.accept(JSON.readTree(listing));
        Matches all = m.matches();
        assertThat(all.fits()).hasSize(1);
        return all.fits().get(0);
    }

    private static Match.Check cost(Match m) {
        return m.checks().stream().filter(c -> c.criterion().equals("cost")).findFirst().orElseThrow();
    }

    @Nested
    @DisplayName("a share of costs up to a cap")
    class ShareAndCap {

        @Test
        @DisplayName("is said with its share and its cap, as each language writes them, the rest left to the producer's own costs")
        void said() {
            Match.Check c = cost(match(grant("{\"rate\": \"0.5\", \"cap\": {\"amount\": \"4000.00\", \"currency\": \"CAD\"}}", "")));
            assertThat(c.outcome()).isEqualTo(Match.Outcome.UNKNOWN);
            assertThat(c.reason().in(Lang.EN)).isEqualTo("pays 50% of your eligible costs, up to $4,000: what is left for you to pay"
                    + " depends on your own costs, which the listing cannot state");
            assertThat(c.reason().in(Lang.FR)).isEqualTo("paie 50\u202f% de vos coûts admissibles, jusqu'à 4\u202f000 $ : ce qui reste"
                    + " à votre charge dépend de vos propres coûts, que la fiche ne peut pas indiquer");
        }
    }

    @Nested
    @DisplayName("a share or a cap alone")
    class OneOfThem {

        @Test
        @DisplayName("a share with no cap says that no cap is stated")
        void shareAlone() {
            Match.Check c = cost(match(grant("{\"rate\": \"0.75\"}", "")));
            assertThat(c.reason().in(Lang.EN)).startsWith("pays 75% of your eligible costs, with no cap stated: ");
            assertThat(c.reason().in(Lang.FR)).startsWith("paie 75\u202f% de vos coûts admissibles, sans plafond indiqué : ");
        }

        @Test
        @DisplayName("a cap with no share says the costs are paid back up to it")
        void capAlone() {
            Match.Check c = cost(match(grant("{\"cap\": {\"amount\": \"3000\", \"currency\": \"CAD\"}}", "")));
            assertThat(c.reason().in(Lang.EN)).startsWith("pays back your eligible costs up to $3,000: ");
            assertThat(c.reason().in(Lang.FR)).startsWith("rembourse vos coûts admissibles jusqu'à 3\u202f000 $ : ");
        }
    }

    @Test
    @DisplayName("a program with no subsidy and no fee stated still does not state its cost; one with fees is judged on them, its subsidy said after them (F50)")
    void withoutSubsidy() {
        assertThat(cost(match(grant("", ""))).reason().in(Lang.EN)).isEqualTo("does not state its cost");
        Match.Check paid = cost(match(grant("{\"rate\": \"0.5\"}", ", \"statedNone\": [\"no-fees\"]")));
        assertThat(paid.reason().in(Lang.EN)).isEqualTo("is free; besides, it pays 50% of your eligible costs, with no cap stated");
    }
}
