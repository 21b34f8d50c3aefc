package org.opdl.validator.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.validator.match.WaysInTest.match;
import static org.opdl.validator.match.WaysInTest.profile;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Matching the real programs of the fourteenth round")
class RealProgramsFourteenthRoundTest {

    /** CaribbeanTales Incubator Program: reserved for producers of Caribbean heritage, a group the vocabulary does not name. */
    private static final String HERITAGE = """
            {"id": "listing:caribbeantales/incubator", "title": {"en": "CaribbeanTales Incubator Program"},
             "provider": {"name": {"en": "CaribbeanTales Media Group"}}, "url": "https://caribbeantales.ca/",
             "programTypes": ["incubator-accelerator"],
             "eligibility": {"reservedFor": ["other"],
                             "otherGroup": {"en": "Producers of Caribbean heritage", "fr": "Productrices et producteurs d'origine caribéenne"}}}
            """;
    /** The same places reserved for Black producers or producers of Caribbean heritage. */
    private static final String BLACK_OR_HERITAGE = HERITAGE.replace("[\"other\"]", "[\"black\", \"other\"]");

    @Nested
    @DisplayName("P37: places reserved for a group the vocabulary does not name")
    class OtherGroup {

        @Test
        @DisplayName("a producer whose profile cannot show the group is told the group in the provider's words, the fit unknown, not shut out")
        void unknown() {
            Matches m = match(profile(2, 1, 3, "CA-ON", List.of("black"), null, null), HERITAGE);
            assertThat(m.fits()).hasSize(1);
            assertThat(m.fits().get(0).checks()).anySatisfy(c -> {
                assertThat(c.criterion()).isEqualTo("target-group");
                assertThat(c.outcome()).isEqualTo(Match.Outcome.UNKNOWN);
                assertThat(c.reason().en()).isEqualTo(
                        "reserved for another group (\"Producers of Caribbean heritage\"), which your profile cannot show");
                assertThat(c.reason().fr()).isEqualTo(
                        "réservé à : autre groupe (« Productrices et producteurs d'origine caribéenne »), ce que votre profil ne peut montrer");
            });
        }

        @Test
        @DisplayName("a producer of a named group among the reserved ones fits as before")
        void namedGroup() {
            Matches m = match(profile(2, 1, 3, "CA-ON", List.of("black"), null, null), BLACK_OR_HERITAGE);
            assertThat(m.fits().get(0).checks()).anySatisfy(c -> assertThat(c.reason().en())
                    .isEqualTo("reserved for Black and another group, which your profile names"));
        }
    }
}
