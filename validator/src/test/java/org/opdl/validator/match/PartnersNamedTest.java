package org.opdl.validator.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.validator.match.WaysInTest.profile;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.text.Lang;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("F51: a program's partners are named after its provider, as the page's check and the report name them")
class PartnersNamedTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The CMPA's mentorship for producers of Newfoundland and Labrador, run with the province's screen agency. */
    private static String mentorship(String partners) {
        return """
                {"id": "listing:cmpa/picturenl-mentorship", "title": {"en": "PictureNL Producer Mentorship Program",
                 "fr": "Programme de mentorat des producteurs PictureNL"},
                 "provider": {"id": "provider:cmpa", "name": {"en": "Canadian Media Producers Association",
                 "fr": "Association canadienne des producteurs médiatiques"}}, "partners": %s,
                 "url": "https://cmpa.example/picturenl", "programTypes": ["mentorship"], "statedNone": ["no-fees"]}
                """.formatted(partners);
    }

    private static Matches matched(String listing) {
        Matcher m = new Matcher(profile(2, 1, 3, "CA-NL", List.of(), null, "500"), false, true);
        m.accept(JSON.readTree(listing));
        return m.matches();
    }

    @Test
    @DisplayName("\"Canadian Media Producers Association, with PictureNL\" in the answer and the JSON, in both languages")
    void named() {
        Matches m = matched(mentorship("[{\"id\": \"provider:picturenl\", \"name\": {\"en\": \"PictureNL\"}}]"));
        assertThat(MatchText.write(m, Lang.EN)).contains("1. PictureNL Producer Mentorship Program — Canadian Media Producers"
                + " Association, with PictureNL\n");
        assertThat(MatchText.write(m, Lang.FR)).contains("1. Programme de mentorat des producteurs PictureNL — Association canadienne"
                + " des producteurs médiatiques, avec PictureNL\n");
        JsonNode fit = JSON.readTree(MatchJson.write(m, Lang.EN)).path("fits").path(0);
        assertThat(fit.path("provider").asString()).isEqualTo("Canadian Media Producers Association");
        assertThat(fit.path("partners").path(0).asString()).isEqualTo("PictureNL");
    }

    @Test
    @DisplayName("three partners, one with its own \"and\", are parted by semicolons; a partner with no name, and no partner, add nothing")
    void several() {
        Matches m = matched(mentorship("""
                [{"name": {"en": "Telefilm Canada", "fr": "Téléfilm Canada"}},
                 {"name": {"en": "Newfoundland and Labrador Film Development Corporation"}},
                 {"name": {"en": "PictureNL"}}, {"id": "provider:bell-fund"}]"""));
        assertThat(MatchText.write(m, Lang.EN)).contains(" — Canadian Media Producers Association, with Telefilm Canada;"
                + " Newfoundland and Labrador Film Development Corporation; and PictureNL\n");
        assertThat(MatchText.write(m, Lang.FR)).contains(" — Association canadienne des producteurs médiatiques, avec Téléfilm Canada,"
                + " Newfoundland and Labrador Film Development Corporation et PictureNL\n");
        assertThat(MatchText.write(matched(mentorship("[]")), Lang.EN)).contains(" — Canadian Media Producers Association\n");
    }
}
