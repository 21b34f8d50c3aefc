package org.opdl.validator.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.validator.match.WaysInTest.profile;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("A stipend is said with its period and amount as the listing states them (F63)")
class StipendPeriodTest {

    /** A story-department internship in British Columbia, paid by the hour, charging nothing; its stipend put in by each case. */
    private static final String INTERNSHIP = """
            {"id": "listing:creative-bc/story-department-internship", "title": {"en": "Story Department Internship"},
             "provider": {"name": {"en": "Creative BC"}}, "url": "https://example.org/internship", "programTypes": ["paid-placement"],
             "statedNone": ["no-fees"], "stipend": %s}
            """;

    private static Match.Check cost(String stipend) {
        Matcher m = new Matcher(profile(0, 0, 1, "CA-BC", List.of(), 23, "0"), false, true);
        m.accept(JsonMapper.builder().build().readTree(INTERNSHIP.formatted(stipend)));
        List<Match> all = new ArrayList<>(m.matches().fits());
        all.addAll(m.matches().nearMisses());
        all.addAll(m.matches().others());
        return all.get(0).checks().stream().filter(c -> c.criterion().equals("cost")).findFirst().orElseThrow();
    }

    @Nested
    @DisplayName("a wage by the hour whose amount is not published")
    class PeriodAlone {

        @Test
        @DisplayName("is said by the hour in each language, and fits a budget of $0")
        void byTheHour() {
            Match.Check c = cost("{\"period\": \"hour\"}");
            assertThat(c.outcome()).isEqualTo(Match.Outcome.FITS);
            assertThat(c.reason().en()).isEqualTo("pays a stipend by the hour, its amount not stated");
            assertThat(c.reason().fr()).isEqualTo("verse une allocation à l'heure, dont le montant n'est pas indiqué");
        }
    }

    @Nested
    @DisplayName("an amount with its period")
    class AmountAndPeriod {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "{\"amount\": {\"amount\": \"18.50\", \"currency\": \"CAD\"}, \"period\": \"hour\"} | pays a stipend of $18.50 an hour | verse une allocation de 18,50 $ l'heure",
            "{\"amount\": {\"amount\": \"600\", \"currency\": \"CAD\"}, \"period\": \"week\"} | pays a stipend of $600 a week | verse une allocation de 600 $ par semaine",
            "{\"amount\": {\"amount\": \"12000\", \"currency\": \"CAD\"}, \"period\": \"total\"} | pays a stipend of $12,000 for the whole program | verse une allocation de 12\u202f000 $ pour l'ensemble du programme",
            "{\"amount\": {\"amount\": \"2500\", \"currency\": \"CAD\"}} | pays a stipend of $2,500, the listing not saying for what period | verse une allocation de 2\u202f500 $, sans que la fiche dise pour quelle période"})
        @DisplayName("is said as the listing states it, the amount grouped")
        void said(String stipend, String en, String fr) {
            Match.Check c = cost(stipend);
            assertThat(c.reason().en()).isEqualTo(en);
            assertThat(c.reason().fr()).isEqualTo(fr);
        }
    }

    @Nested
    @DisplayName("as before")
    class AsBefore {

        @Test
        @DisplayName("a stipend that states nothing is said as a stipend; one in euros with its currency, never as dollars")
        void nothingStated() {
            assertThat(cost("{}").reason().en()).isEqualTo("pays a stipend");
            Match.Check euros = cost("{\"amount\": {\"amount\": \"1500\", \"currency\": \"EUR\"}, \"period\": \"month\"}");
            assertThat(euros.reason().en()).isEqualTo("pays a stipend of 1,500 EUR a month");
            assertThat(euros.reason().fr()).isEqualTo("verse une allocation de 1\u202f500\u00a0EUR par mois");
        }
    }
}
