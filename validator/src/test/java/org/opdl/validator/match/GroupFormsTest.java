package org.opdl.validator.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("F41: a producer names her group in the singular or the plural of its label, in English or French")
class GroupFormsTest {

    private static Profile read(String group) throws ProfileReader.ProfileException {
        String json = "{\"completedWorks\": 2, \"credits\": 1, \"yearsOfPractice\": 3, \"region\": \"CA-MB\", \"languages\": [\"en\"],"
                + " \"targetGroups\": [\"" + group + "\"]}";
        return ProfileReader.read(json.getBytes(StandardCharsets.UTF_8), LocalDate.of(2026, 12, 7));
    }

    @Nested
    @DisplayName("in the singular, where the label is plural")
    class Singular {

        @ParameterizedTest(name = "{0} is {1}")
        @CsvSource(delimiter = '|', value = {"newcomer | newcomers", "Newcomer | newcomers", "immigrant | newcomers",
            "refugee | newcomers", "nouvel arrivant | newcomers", "nouvelle arrivante | newcomers", "réfugiée | newcomers",
            "personne nouvellement arrivée | newcomers", "personne noire | black", "Black person | black",
            "Personne racisée | racialized", "racialized person | racialized", "jeune | youth", "personne étudiante | students",
            "student | students", "Deaf person | deaf-disability", "personne sourde | deaf-disability",
            "personne handicapée | deaf-disability", "equity-deserving group | equity-deserving",
            "official-language minority community | olmc", "communauté francophone en situation minoritaire | olmc",
            "personne autochtone | indigenous", "Première Nation | first-nations", "woman | women", "femme | women",
            "personne de la diversité de genre | gender-diverse", "Francophone | francophone", "personne francophone | francophone"})
        @DisplayName("is read as its group")
        void singular(String written, String code) throws Exception {
            assertThat(read(written).targetGroups()).containsExactly(code);
        }
    }

    @Nested
    @DisplayName("in the plural, as before")
    class Plural {

        @ParameterizedTest(name = "{0} is {1}")
        @CsvSource(delimiter = '|', value = {"newcomers | newcomers", "Personnes noires | black", "Jeunes | youth", "nouveaux arrivants | newcomers",
            "Equity-deserving groups | equity-deserving", "Femmes | women", "Premières Nations | first-nations"})
        @DisplayName("is read as its group")
        void plural(String written, String code) throws Exception {
            assertThat(read(written).targetGroups()).containsExactly(code);
        }
    }

    @Nested
    @DisplayName("a word that names no group")
    class NoGroup {

        @Test
        @DisplayName("is still refused with its own words, in the singular as in the plural")
        void refused() {
            for (String written : new String[] {"veteran", "veterans", "personne"}) {
                assertThatThrownBy(() -> read(written)).isInstanceOf(ProfileReader.ProfileException.class)
                        .satisfies(e -> assertThat(((ProfileReader.ProfileException) e).problems())
                                .anySatisfy(t -> assertThat(t.en()).startsWith("target group " + written + " names no group")));
            }
        }
    }
}
