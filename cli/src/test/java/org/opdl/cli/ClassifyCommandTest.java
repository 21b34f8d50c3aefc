package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opdl.cli.exit.ExitCode;
import tools.jackson.databind.JsonNode;

@DisplayName("opdl classify")
class ClassifyCommandTest {

    @Nested
    @DisplayName("with a valid record")
    class Valid {

        @Test
        @DisplayName("prints the stage, why, and what the next stage needs")
        void text() {
            Cli r = Cli.run("classify", "--completed-works", "4", "--credits", "3", "--years", "6");
            assertThat(r.code()).isEqualTo(ExitCode.OK);
            assertThat(r.err()).isEmpty();
            assertThat(r.out()).contains("Stage: Mid-career").doesNotContain("[mid-career]")
                    .contains("professional producing credits: 3, minimum of 3 met")
                    .contains("To reach the established stage:")
                    .contains("professional producing credits: 3 more (3 of 6)")
                    .contains("years of professional practice: 4 more (6 of 10)");
        }

        @Test
        @DisplayName("prints in French with --lang fr")
        void french() {
            Cli r = Cli.run("classify", "--completed-works", "1", "--credits", "0", "--years", "0", "--lang", "fr");
            assertThat(r.code()).isEqualTo(ExitCode.OK);
            assertThat(r.out()).contains("Stade : Émergent").doesNotContain("[emerging]").contains("Pour atteindre le stade début de carrière :")
                    .contains("crédits professionnels de production : 1 de plus (0 sur 1)");
        }

        @Test
        @DisplayName("names the next stage mid-sentence as a common noun, lower-case, in both languages")
        void nextStageMidSentence() {
            Cli en = Cli.run("classify", "--completed-works", "3", "--credits", "2", "--years", "4");
            assertThat(en.out()).contains("To reach the mid-career stage:").doesNotContain("Mid-career");
            Cli fr = Cli.run("classify", "--completed-works", "3", "--credits", "2", "--years", "4", "--lang", "fr");
            assertThat(fr.out()).contains("Stade : Début de carrière").contains("Pour atteindre le stade mi-carrière :")
                    .doesNotContain("Mi-carrière");
        }

        @Test
        @DisplayName("prints JSON with the stage code at the top and the gaps to the next stage")
        void json() {
            Cli r = Cli.run("classify", "--completed-works", "2", "--credits", "2", "--years", "1", "--format", "json");
            assertThat(r.code()).isEqualTo(ExitCode.OK);
            JsonNode j = r.json();
            assertThat(j.get("stage").asString()).isEqualTo("early-career");
            assertThat(j.get("label").asString()).isEqualTo("Early career");
            assertThat(j.get("reasons")).hasSize(1);
            assertThat(j.at("/next/stage").asString()).isEqualTo("mid-career");
            assertThat(j.at("/next/gaps/0/figure").asString()).isEqualTo("professionalCredits");
            assertThat(j.at("/next/gaps/0/missing").asInt()).isEqualTo(1);
            assertThat(j.at("/next/gaps/1/figure").asString()).isEqualTo("yearsOfPractice");
            assertThat(j.at("/next/gaps/1/current").asInt()).isEqualTo(1);
            assertThat(j.at("/next/gaps/1/needed").asInt()).isEqualTo(5);
        }

        @Test
        @DisplayName("gives no next stage at the top of the scale")
        void top() {
            Cli r = Cli.run("classify", "--completed-works", "12", "--credits", "9", "--years", "18", "--format", "json");
            assertThat(r.json().get("stage").asString()).isEqualTo("established");
            assertThat(r.json().get("next").isNull()).isTrue();
            assertThat(Cli.run("classify", "--completed-works", "12", "--credits", "9", "--years", "18").out())
                    .contains("Next stage: none");
        }
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of(new String[] {"--completed-works", "-1", "--credits", "0", "--years", "2"},
                        "--completed-works \"-1\" cannot be negative", "--completed-works « -1 » ne peut pas être négatif"),
                Arguments.of(new String[] {"--completed-works", "3", "--credits", "two", "--years", "2"},
                        "--credits \"two\" must be a whole number", "--credits « two » doit être un nombre entier"),
                Arguments.of(new String[] {"--completed-works", "3", "--credits", "1", "--years", "2.5"},
                        "--years \"2.5\" must be a whole number", "--years « 2.5 » doit être un nombre entier"),
                Arguments.of(new String[] {"--completed-works", "99999999999", "--credits", "1", "--years", "2"},
                        "is too large", "est trop grand"),
                Arguments.of(new String[] {"--completed-works", "2", "--credits", "3", "--years", "6"},
                        "3 professional credits but only 2 completed works",
                        "3 crédits professionnels mais seulement 2 œuvres terminées"),
                Arguments.of(new String[] {"--completed-works", "2", "--credits", "1"},
                        "Missing required option: '--years=N'", "il manque --years"),
                Arguments.of(new String[] {"--completed-works", "2", "--credits", "1", "--years", "3", "--format", "sarif"},
                        "text or json, not sarif", "text ou json, pas sarif"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badInput")
    @DisplayName("rejects bad input with one line and exit 2, in English and French")
    void badInput(String[] args, String en, String fr) {
        for (String lang : new String[] {"en", "fr"}) {
            String[] all = Stream.concat(Stream.of("classify", "--lang", lang), Stream.of(args)).toArray(String[]::new);
            Cli r = Cli.run(all);
            assertThat(r.code()).as(lang).isEqualTo(ExitCode.USAGE);
            assertThat(r.out()).isEmpty();
            assertThat(r.errLines()).singleElement().asString().startsWith(lang.equals("fr") ? "opdl : " : "opdl: ").contains(lang.equals("fr") ? fr : en)
                    .doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Test
    @DisplayName("rejects an unknown language with one line and exit 2")
    void unknownLanguage() {
        Cli r = Cli.run("classify", "--completed-works", "1", "--credits", "0", "--years", "0", "--lang", "de");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.errLines()).containsExactly("opdl: unknown language \"de\": use --lang en or --lang fr");
    }
}
