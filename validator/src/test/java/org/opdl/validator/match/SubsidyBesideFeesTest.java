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

@DisplayName("F50: a program that pays a subsidy beside its fees says both, in both languages")
class SubsidyBesideFeesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * A documentary market's accreditation for Atlantic producers: a fee, and a provincial agency's
     * grant that pays back part of the travel.
     */
    private static String market(String costs) {
        return """
                {"id": "listing:fin/atlantic-pitch", "title": {"en": "Atlantic Pitch", "fr": "Atlantic Pitch"},
                 "provider": {"name": {"en": "FIN Partners"}}, "url": "https://fin.example/pitch",
                 "programTypes": ["market-pitch-forum"], "eligibility": {"roles": ["producer"], "residence": ["CA-NS"]},
                 "workingLanguages": ["en"], "recurrence": "annual", "status": "open"%s}
                """.formatted(costs);
    }

    private static Match.Check cost(String listing, BigDecimal budget) {
        Profile p = new Profile(3, 2, 4, "CA-NS", Optional.empty(), List.of("en"), List.of(), Optional.of(budget),
                OptionalInt.empty(), LocalDate.of(2026, 12, 7));
        Matcher.Judgement j = new Matcher(p, false, true).judge(JSON.readTree(listing));
        return j.match().checks().stream().filter(c -> c.criterion().equals("cost")).findFirst().orElseThrow();
    }

    private static final String FEE = ", \"fees\": [{\"feeType\": \"tuition\", \"amount\": {\"amount\": \"350.00\", \"currency\": \"CAD\"}}]";

    @Nested
    @DisplayName("a fee and a share of costs up to a cap")
    class FeeAndShare {

        @Test
        @DisplayName("judges the fee against the budget as before and says what the subsidy pays after it")
        void both() {
            Match.Check c = cost(market(FEE + ", \"subsidy\": {\"rate\": \"0.5\", \"cap\": {\"amount\": \"1500\", \"currency\": \"CAD\"}}"),
                    new BigDecimal("500"));
            assertThat(c.outcome()).isEqualTo(Match.Outcome.FITS);
            assertThat(c.reason().in(Lang.EN))
                    .isEqualTo("costs $350, your budget is $500; besides, it pays 50% of your eligible costs, up to $1,500");
            assertThat(c.reason().in(Lang.FR)).isEqualTo("coûte 350 $, votre budget est de 500 $; en outre, il paie 50\u202f% de vos"
                    + " coûts admissibles, jusqu'à 1\u202f500 $");
        }

        @Test
        @DisplayName("a fee over the budget still does not fit, the subsidy said beside it")
        void over() {
            Match.Check c = cost(market(FEE + ", \"subsidy\": {\"cap\": {\"amount\": \"800\", \"currency\": \"CAD\"}}"), BigDecimal.ZERO);
            assertThat(c.outcome()).isEqualTo(Match.Outcome.DOES_NOT_FIT);
            assertThat(c.reason().in(Lang.EN)).isEqualTo("costs $350, your budget is $0 ($350 over); besides, it pays back your eligible"
                    + " costs up to $800");
            assertThat(c.reason().in(Lang.FR)).endsWith("; en outre, il rembourse vos coûts admissibles jusqu'à 800 $");
        }
    }

    @Test
    @DisplayName("no fees with a share of costs says both; a subsidy that states neither share nor cap leaves the fee alone")
    void freeAndNothing() {
        assertThat(cost(market(", \"statedNone\": [\"no-fees\"], \"subsidy\": {\"rate\": \"0.75\"}"), BigDecimal.ZERO).reason().in(Lang.EN))
                .isEqualTo("is free; besides, it pays 75% of your eligible costs, with no cap stated");
        assertThat(cost(market(FEE + ", \"subsidy\": {\"cap\": {\"amount\": \"800\", \"currency\": \"EUR\"}}"), new BigDecimal("500"))
                .reason().in(Lang.EN)).isEqualTo("costs $350, your budget is $500");
    }
}
