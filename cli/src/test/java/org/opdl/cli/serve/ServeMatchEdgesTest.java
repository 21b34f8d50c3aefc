package org.opdl.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("The page's matching of a file with no listing, of a profile with no language, of groups named in the singular and of a count too large")
class ServeMatchEdgesTest {

    private static final Path SAMPLE = Path.of(System.getProperty("opdl.root", "..")).resolve("docs/data/programs-0.2.json");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String EMPTY = "{\"@context\": \"https://w3id.org/opdl/context/0.2.jsonld\", \"type\": \"Dataset\", \"listings\": []}";

    @RegisterExtension
    static final ServedPage PAGE = ServedPage.of(4);

    private static JsonNode match(String query, byte[] dataset) throws Exception {
        HttpResponse<byte[]> r = PAGE.client().post("/api/match?" + query, dataset);
        assertThat(r.statusCode()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    @Nested
    @DisplayName("F46: a dataset that holds no listing")
    class NoListing {

        @Test
        @DisplayName("is refused with its name and what to do, as opdl match refuses it, in both languages")
        void refused() throws Exception {
            String profile = "&completedWorks=1&credits=0&yearsOfPractice=1&region=CA-MB&languages=English";
            JsonNode en = match("lang=en&name=programs.json" + profile, EMPTY.getBytes(StandardCharsets.UTF_8));
            assertThat(en.get("ok").asBoolean()).isFalse();
            assertThat(en.get("text").asString()).isEqualTo("programs.json holds no listing: there is nothing to match. Choose a dataset that"
                    + " holds programs; \u201cCheck a file\u201d above shows what a file holds.");
            JsonNode fr = match("lang=fr&name=programmes.json" + profile, EMPTY.getBytes(StandardCharsets.UTF_8));
            assertThat(fr.get("text").asString()).startsWith("programmes.json ne contient aucune fiche : il n'y a rien à apparier.")
                    .contains("« Vérifier un fichier »").doesNotContain("(0)");
        }
    }

    @Nested
    @DisplayName("F47: a languages box left empty")
    class NoLanguage {

        @Test
        @DisplayName("asks for a language by the names the box asks for, not by codes alone, in both languages")
        void byName() throws Exception {
            byte[] sample = Files.readAllBytes(SAMPLE);
            String profile = "&name=programs-0.2.json&completedWorks=1&credits=0&yearsOfPractice=1&region=CA-MB&languages=";
            assertThat(match("lang=en" + profile, sample).get("text").asString())
                    .isEqualTo("give at least one language you work in, by its name or its code, such as English, French, en or fr");
            assertThat(match("lang=fr" + profile, sample).get("text").asString())
                    .isEqualTo("indiquez au moins une langue de travail, par son nom ou son code, comme français, anglais, fr ou en");
        }
    }

    @Test
    @DisplayName("F41: groups typed in the singular, in English or French, are read as the groups they name")
    void singularGroups() throws Exception {
        byte[] sample = Files.readAllBytes(SAMPLE);
        JsonNode r = match("lang=fr&name=programs-0.2.json&completedWorks=2&credits=1&yearsOfPractice=3&region=CA-BC&languages=en"
                + "&targetGroups=personne%20noire,%20femme,%20newcomer&includeClosed=true&all=true", sample);
        assertThat(r.get("ok").asBoolean()).as(r.get("text").asString()).isTrue();
        assertThat(r.get("text").asString()).contains("personnes noires, que votre profil nomme").doesNotContain("ne nomme aucun groupe");
    }

    @Test
    @DisplayName("F54: a count typed too large for a career says so, in both languages, not that it is no whole number")
    void tooLarge() throws Exception {
        byte[] sample = Files.readAllBytes(SAMPLE);
        String profile = "&name=programs-0.2.json&completedWorks=99999999999999&credits=0&yearsOfPractice=1&region=CA-MB&languages=English";
        assertThat(match("lang=en" + profile, sample).get("text").asString())
                .isEqualTo("the box “Completed works as producer”: 99999999999999 is more than any career holds: write your own count, such as 2");
        assertThat(match("lang=fr" + profile, sample).get("text").asString())
                .isEqualTo("la case « Œuvres terminées à titre de producteur » : 99999999999999 dépasse ce que contient une carrière : écrivez votre"
                        + " propre nombre, comme 2");
    }
}
