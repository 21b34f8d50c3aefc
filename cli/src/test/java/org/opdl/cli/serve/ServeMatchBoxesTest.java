package org.opdl.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("The page's matching names a profile's fields by its boxes and refuses an age of 0")
class ServeMatchBoxesTest {

    private static final Path SAMPLE = Path.of(System.getProperty("opdl.root", "..")).resolve("docs/data/programs-0.2.json");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PROFILE = "&name=programs-0.2.json&completedWorks=2&credits=1&yearsOfPractice=3&region=CA-QC&languages=fr";

    @RegisterExtension
    static final ServedPage PAGE = ServedPage.of(4);

    private static JsonNode match(String query) throws Exception {
        HttpResponse<byte[]> r = PAGE.client().post("/api/match?" + query, Files.readAllBytes(SAMPLE));
        assertThat(r.statusCode()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    @Nested
    @DisplayName("F56: a box holding no whole number")
    class Boxes {

        @Test
        @DisplayName("is named by the words the form shows, not by its JSON key, in both languages")
        void named() throws Exception {
            String query = PROFILE.replace("credits=1", "credits=un") + "&age=vingt";
            JsonNode fr = match("lang=fr" + query);
            assertThat(fr.get("ok").asBoolean()).isFalse();
            assertThat(fr.get("text").asString()).isEqualTo("la case « Crédits professionnels de production » doit être un nombre entier,"
                    + " comme 2\nla case « Âge de la personne » doit être un nombre entier, comme 2");
            assertThat(match("lang=en" + query).get("text").asString()).isEqualTo("the box “Professional producing credits” must be a"
                    + " whole number, such as 2\nthe box “The producer's age” must be a whole number, such as 2");
        }

        @Test
        @DisplayName("each of the profile's fields has a name from the form's labels, in each language, without its examples")
        void everyField() {
            for (String key : new String[] {"completedWorks", "credits", "yearsOfPractice", "region", "languages", "targetGroups", "budget",
                "age"}) {
                assertThat(MatchHandler.box(key).en()).startsWith("the box “").doesNotContain(",").doesNotContain("(");
                assertThat(MatchHandler.box(key).fr()).startsWith("la case « ").doesNotContain(",").doesNotContain("(");
            }
            assertThat(MatchHandler.box("languages").fr()).isEqualTo("la case « Langues de travail »");
            assertThat(MatchHandler.box("budget").en()).isEqualTo("the box “Most the producer can pay”");
        }
    }

    @Nested
    @DisplayName("F57: an age of 0")
    class AgeZero {

        @Test
        @DisplayName("is refused as no age, in both languages, where it matched programs for a baby")
        void refused() throws Exception {
            JsonNode en = match("lang=en" + PROFILE + "&age=0");
            assertThat(en.get("ok").asBoolean()).isFalse();
            assertThat(en.get("text").asString()).isEqualTo("age 0 is not an age");
            assertThat(match("lang=fr" + PROFILE + "&age=0").get("text").asString()).isEqualTo("l'âge 0 n'est pas un âge");
        }

        @Test
        @DisplayName("the form's box does not offer it")
        void box() throws Exception {
            String page = PAGE.client().get("/").body();
            assertThat(page).contains("min=\"1\" max=\"130\" step=\"1\" id=\"match-age\"");
        }
    }
}
