package org.opdl.validator.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opdl.model.text.Lang;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("Matching the real programs of the twentieth round")
class RealProgramsTwentiethRoundTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path EXAMPLES = Path.of(System.getProperty("opdl.root"), "docs/examples");

    private static JsonNode example(String name) throws IOException {
        return JSON.readTree(Files.readString(EXAMPLES.resolve(name)));
    }

    /** An emerging producer: two works, two credits, three years. */
    private static Profile emerging(String region, List<String> groups, LocalDate day) {
        return new Profile(2, 2, 3, region, Optional.empty(), List.of("en", "fr"), groups, Optional.of(BigDecimal.valueOf(500)),
                OptionalInt.of(33), day);
    }

    private static Matches matches(Profile p, JsonNode... listings) {
        Matcher m = new Matcher(p, false, true);
        for (JsonNode l : listings) {
            m.accept(l);
        }
        return m.matches();
    }

    private static Match.Check cost(Match m) {
        return m.checks().stream().filter(c -> c.criterion().equals("cost")).reduce((a, b) -> b).orElseThrow();
    }

    @Nested
    @DisplayName("P65 and P66: a grant or a prize the program gives is said after its cost")
    class MoneyTheProgramGives {

        @Test
        @DisplayName("the Indigenous Screen Office's grant tells a Métis producer that it is free and gives up to $7,500, in both languages")
        void grantUpTo() throws IOException {
            Matches all = matches(emerging("CA-MB", List.of("metis"), LocalDate.of(2026, 12, 7)),
                    example("iso-producer-development-intakes.json"));
            assertThat(all.fits()).hasSize(1);
            Match.Check c = cost(all.fits().get(0));
            assertThat(c.outcome()).isEqualTo(Match.Outcome.FITS);
            assertThat(c.reason().in(Lang.EN)).isEqualTo("is free; besides, it gives an award of up to $7,500");
            assertThat(c.reason().in(Lang.FR)).isEqualTo("est gratuit; en outre, il accorde une aide allant jusqu'à 7\u202f500 $");
        }

        @Test
        @DisplayName("the Forum RIDM pitch session tells a producer in Quebec that it is free and names its prize and what it is worth")
        void pitchPrize() throws IOException {
            Matches all = matches(emerging("CA-QC", List.of(), LocalDate.of(2026, 12, 7)), example("ridm-forum-pitch-prize.json"));
            assertThat(all.fits()).hasSize(1);
            Match.Check c = cost(all.fits().get(0));
            assertThat(c.reason().in(Lang.EN))
                    .isEqualTo("is free; besides, it gives a prize that some participants may win: Best pitch prize, worth $10,000");
            assertThat(c.reason().in(Lang.FR)).isEqualTo("est gratuit; en outre, il remet un prix que certaines personnes participantes"
                    + " peuvent gagner : Prix du meilleur pitch, d'une valeur de 10\u202f000 $");
        }

        @Test
        @DisplayName("an award and prizes are both said after fees judged against the budget, prizes parted by semicolons when one holds a comma")
        void awardAndPrizes() {
            String listing = """
                    {"id": "listing:example/doc-lab", "title": {"en": "Documentary lab"}, "provider": {"name": {"en": "A festival"}},
                     "url": "https://example.org/", "programTypes": ["lab"],
                     "fees": [{"feeType": "tuition", "amount": {"amount": "300.00", "currency": "CAD"}}],
                     "award": {"minimum": {"amount": "10000.00", "currency": "CAD"}, "maximum": {"amount": "50000.00", "currency": "CAD"}},
                     "prizes": [{"name": {"en": "Audience prize", "fr": "Prix du public"}, "minimum": {"amount": "1000", "currency": "CAD"}},
                                {"name": {"en": "Co-production prize"}, "amount": {"amount": "5000.00", "currency": "EUR"}},
                                {"amount": {"amount": "2500.00", "currency": "CAD"}}]}
                    """;
            Matches all = matches(emerging("CA-ON", List.of(), LocalDate.of(2026, 12, 7)), JSON.readTree(listing));
            Match.Check c = cost(all.fits().isEmpty() ? all.nearMisses().get(0) : all.fits().get(0));
            assertThat(c.reason().in(Lang.EN)).isEqualTo("costs $300, your budget is $500; besides, it gives an award of $10,000 to $50,000,"
                    + " and gives prizes that some participants may win: Audience prize, worth at least $1,000; Co-production prize;"
                    + " and a prize of $2,500");
            assertThat(c.reason().in(Lang.FR)).startsWith("coûte 300 $, votre budget est de 500 $; en outre, il accorde une aide de"
                    + " 10\u202f000 $ à 50\u202f000 $, et remet des prix");
            assertThat(c.reason().in(Lang.FR)).contains("Prix du public, d'une valeur d'au moins 1\u202f000 $");
        }

        @Test
        @DisplayName("a listing that gives neither keeps the words of its cost alone")
        void neither() throws IOException {
            Matches all = matches(emerging("CA-ON", List.of(), LocalDate.of(2026, 12, 7)), example("ontario-creates-mipcom-trade-mission.json"));
            Match.Check c = cost(all.fits().get(0));
            assertThat(c.reason().in(Lang.EN)).startsWith("pays 50% of your eligible costs, up to $5,000").doesNotContain("besides");
        }
    }

    @Nested
    @DisplayName("P65: two intakes a year")
    class TwoIntakes {

        @Test
        @DisplayName("the deadline told is the spring one until it passes, then the autumn one")
        void nextDeadline() throws IOException {
            JsonNode iso = example("iso-producer-development-intakes.json");
            assertThat(matches(emerging("CA-NT", List.of("first-nations"), LocalDate.of(2026, 12, 7)), iso).fits().get(0).deadline())
                    .contains(LocalDate.of(2027, 3, 31));
            assertThat(matches(emerging("CA-NT", List.of("first-nations"), LocalDate.of(2027, 4, 15)), iso).fits().get(0).deadline())
                    .contains(LocalDate.of(2027, 9, 30));
        }
    }
}
