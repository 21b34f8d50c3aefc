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

@DisplayName("F34: a program whose every edition stated is past is not shown as one to apply to")
class PastEditionTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A women's business accelerator of a festival, announced for its 2022 edition only, with no status. */
    private static String accelerator(String intakes, String more) {
        return """
                {"id": "listing:banff/spark", "title": {"en": "Spark Accelerator for Women in the Business of Media"},
                 "provider": {"name": {"en": "Banff World Media Festival"}}, "url": "https://banff.example/spark",
                 "careerStages": ["emerging", "early-career", "mid-career", "established"], "eligibility": {"reservedFor": ["women"]},
                 "intakes": %s, "statedNone": ["no-fees"]%s}
                """.formatted(intakes, more);
    }

    private static Matches match(String listing, boolean all) {
        Profile p = new Profile(4, 2, 5, "CA-AB", Optional.empty(), List.of("en"), List.of("women"),
                Optional.of(new BigDecimal("500")), OptionalInt.empty(), LocalDate.of(2026, 12, 7));
        Matcher m = new Matcher(p, false, all);
        m.accept(JSON.readTree(listing));
        return m.matches();
    }

    @Nested
    @DisplayName("an only edition of 2022, given by its year")
    class OnlyEditionOfAPastYear {

        private final String listing = accelerator("[{\"year\": 2022, \"places\": 100}]", "");

        @Test
        @DisplayName("does not fit in 2026, and the reason says the edition is past, in both languages")
        void doesNotFit() {
            Matches m = match(listing, true);
            assertThat(m.fits()).isEmpty();
            assertThat(m.notFitting()).isEqualTo(1);
            assertThat(MatchText.write(m, Lang.EN)).contains(
                    "   does not fit: its only edition stated, in 2022, is past, and no later one is announced: there is none to apply to now\n");
            assertThat(MatchText.write(m, Lang.FR)).contains("   ne convient pas : sa seule édition indiquée, en 2022, est passée,"
                    + " et aucune autre n'est annoncée : il n'y en a aucune à laquelle postuler maintenant\n");
        }

        @Test
        @DisplayName("the same listing said to be open, or taking applications on a rolling basis, still fits, and one said closed is left out as closed")
        void openOrRolling() {
            assertThat(match(accelerator("[{\"year\": 2022}]", ", \"status\": \"closed\""), false).closed()).isEqualTo(1);
            assertThat(match(accelerator("[{\"year\": 2022}]", ", \"status\": \"open\""), false).fits()).hasSize(1);
            assertThat(match(accelerator("[{\"year\": 2022}]", ", \"recurrence\": \"rolling\""), false).fits()).hasSize(1);
        }
    }

    @Nested
    @DisplayName("editions given by their days")
    class EditionsByDays {

        @Test
        @DisplayName("two editions ended before the profile's date name the year of the last")
        void lastOfSeveral() {
            Matches m = match(accelerator("[{\"startDate\": \"2021-02-01\"}, {\"startDate\": \"2022-02-01\", \"endDate\": \"2023-04-30\"}]", ""), true);
            assertThat(MatchText.write(m, Lang.EN)).contains("does not fit: its last edition stated, in 2023, is past");
        }

        @Test
        @DisplayName("an edition of this year, or one that ends after the profile's date, or one that states no time, keeps the program")
        void notPast() {
            assertThat(match(accelerator("[{\"year\": 2026}]", ""), false).fits()).hasSize(1);
            assertThat(match(accelerator("[{\"startDate\": \"2026-11-01\", \"endDate\": \"2027-03-01\"}]", ""), false).fits()).hasSize(1);
            assertThat(match(accelerator("[{\"year\": 2022}, {\"places\": 8}]", ""), false).fits()).hasSize(1);
        }
    }
}
