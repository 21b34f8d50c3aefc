package org.opdl.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("opdl serve matches a dataset against a producer's profile, as opdl match does")
class ServeMatchTest {

    private static final Path SAMPLE = Path.of(System.getProperty("opdl.root", "..")).resolve("docs/data/programs-0.2.json");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    static final ServedPage PAGE = ServedPage.of(4);

    private static JsonNode match(String query, Path dataset) throws Exception {
        HttpResponse<byte[]> r = PAGE.client().post("/api/match?" + query, dataset);
        assertThat(r.statusCode()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    @Test
    @DisplayName("an emerging producer in Quebec gets the programs that fit, with reasons, in English and in French")
    void sample() throws Exception {
        String profile = "name=programs-0.2.json&completedWorks=1&credits=0&yearsOfPractice=1&region=CA-QC&languages=fr,en"
                + "&includeClosed=true";
        JsonNode en = match("lang=en&" + profile, SAMPLE);
        assertThat(en.get("ok").asBoolean()).isTrue();
        assertThat(en.get("text").asString()).contains("Your record is at the stage: Emerging").contains("Programs that fit (");
        JsonNode fr = match("lang=fr&" + profile, SAMPLE);
        assertThat(fr.get("text").asString()).contains("Votre parcours est au stade : Émergent").contains("Programmes qui vous conviennent (");
    }

    @Test
    @DisplayName("lists the first 20 programs of each kind, and every one, those that do not fit included, when asked, as --all does")
    void all() throws Exception {
        String profile = "lang=en&name=programs-0.2.json&completedWorks=1&credits=0&yearsOfPractice=1&region=CA-QC&languages=fr,en"
                + "&includeClosed=true";
        String best = match(profile, SAMPLE).get("text").asString();
        assertThat(best).doesNotContain("\n21. ").doesNotContain("Programs that do not fit (");
        String every = match(profile + "&all=true", SAMPLE).get("text").asString();
        assertThat(every).contains("Programs that do not fit (").doesNotContain("not listed here");
    }

    @Test
    @DisplayName("F6: names the page's own boxes, never an option of the command line a person on the page does not have")
    void namesThePageFields() throws Exception {
        String profile = "name=programs-0.2.json&completedWorks=1&credits=0&yearsOfPractice=1&region=CA-QC&languages=fr,en";
        String en = match("lang=en&" + profile, SAMPLE).get("text").asString();
        assertThat(en).doesNotContain("--").contains("(tick \u201cInclude closed programs and passed deadlines\u201d to see them)")
                .contains("Tick \u201cInclude closed programs and passed deadlines\u201d to judge them");
        String fr = match("lang=fr&" + profile, SAMPLE).get("text").asString();
        assertThat(fr).doesNotContain("--").contains("(cochez \u00ab Inclure les programmes ferm\u00e9s et les dates limites pass\u00e9es \u00bb pour les voir)");
        String many = match("lang=en&" + profile + "&includeClosed=true&completedWorks=0&yearsOfPractice=0", SAMPLE).get("text").asString();
        assertThat(many).doesNotContain("--");
        assertThat(PAGE.client().get("/?lang=fr").body()).doesNotContain("--all");
    }

    @Test
    @DisplayName("an impossible profile is refused with what is wrong, and nothing is matched")
    void impossible() throws Exception {
        JsonNode r = match("lang=en&name=programs-0.2.json&completedWorks=1&credits=3&yearsOfPractice=2&region=CA-QC&languages=fr", SAMPLE);
        assertThat(r.get("ok").asBoolean()).isFalse();
        assertThat(r.get("text").asString()).contains("credits (3) cannot be more than completed works (1)");
    }

    @Test
    @DisplayName("V8: a 0.1 dataset, JSON or Turtle, is refused as opdl match refuses it, not matched as if its fees were unknown")
    void earlierVersion() throws Exception {
        Path old = Path.of(System.getProperty("opdl.root", "..")).resolve("schema/src/test/resources/org/opdl/schema/migrate/v0.1");
        String profile = "&completedWorks=2&credits=1&yearsOfPractice=3&region=CA-QC&languages=fr&includeClosed=true";
        JsonNode en = match("lang=en&name=dataset.json" + profile, old.resolve("dataset.json"));
        assertThat(en.get("ok").asBoolean()).isFalse();
        assertThat(en.get("text").asString()).startsWith("dataset.json is a dataset of OPDL 0.1").contains("opdl migrate")
                .doesNotContain("Programs that fit");
        JsonNode fr = match("lang=fr&name=cmpa-prime-time.csv" + profile, old.resolve("cmpa-prime-time.csv"));
        assertThat(fr.get("ok").asBoolean()).isFalse();
        assertThat(fr.get("text").asString()).contains("est un jeu de données OPDL 0.1");
    }

    @Test
    @DisplayName("a dataset that cannot be read is named with its place and fix")
    void unreadable() throws Exception {
        HttpResponse<byte[]> r = PAGE.client().post("/api/match?lang=fr&name=programmes.json&completedWorks=1&credits=0&yearsOfPractice=1"
                + "&region=CA-QC&languages=fr", "{\"listings\": [".getBytes(StandardCharsets.UTF_8));
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("ok").asBoolean()).isFalse();
        assertThat(body.get("text").asString()).startsWith("Le jeu de données ne peut pas être lu : ").contains("Correctif");
    }

    @Test
    @DisplayName("the page holds the matching form in both languages, every field with its label")
    void form() throws Exception {
        String en = PAGE.client().get("/?lang=en").body();
        assertThat(en).contains("<form id=\"match-form\">").contains("<label for=\"match-region\">")
                .contains("<option value=\"CA-QC\">Quebec</option>").contains("<label for=\"match-all\">Show every program");
        assertThat(PAGE.client().get("/?lang=fr").body()).contains("Trouver les programmes qui conviennent").contains("Montrer chaque programme")
                .contains("<option value=\"CA-QC\">Québec</option>");
    }

    @Test
    @DisplayName("F32: groups typed in the form by their names of several words are read whole, not one group per word")
    void groupNamesOfSeveralWords() throws Exception {
        String profile = "lang=fr&name=programs-0.2.json&completedWorks=2&credits=1&yearsOfPractice=3&region=CA-BC&languages=en"
                + "&targetGroups=Personnes%20noires,%20Femmes&includeClosed=true&all=true";
        JsonNode r = match(profile, SAMPLE);
        assertThat(r.get("ok").asBoolean()).as(r.get("text").asString()).isTrue();
        assertThat(r.get("text").asString()).contains("personnes noires, que votre profil nomme").contains("femmes, que votre profil nomme")
                .doesNotContain("ne nomme aucun groupe");
        JsonNode spaced = match("lang=en&name=programs-0.2.json&completedWorks=2&credits=1&yearsOfPractice=3&region=CA-BC"
                + "&languages=en%20fr&targetGroups=Premi%C3%A8res%20Nations%20women", SAMPLE);
        assertThat(spaced.get("ok").asBoolean()).as(spaced.get("text").asString()).isFalse();
        assertThat(spaced.get("text").asString()).contains("target group Premières names no group");
    }

    @Test
    @DisplayName("F35: the form asks for languages and groups by the names a producer knows, and the names it shows are read")
    void namesNotCodes() throws Exception {
        String en = PAGE.client().get("/?lang=en").body();
        assertThat(en).contains("such as English, French (their names in English or French, or their codes)")
                .contains("such as Indigenous, women (optional;").doesNotContain("as codes such as")
                .contains("id=\"match-languages\" maxlength=\"200\" value=\"English\"");
        String fr = PAGE.client().get("/?lang=fr").body();
        assertThat(fr).contains("comme français, anglais (leur nom en français ou en anglais, ou leur code)")
                .contains("comme Autochtones, femmes (facultatif;").doesNotContain("en codes comme")
                .contains("id=\"match-languages\" maxlength=\"200\" value=\"français\"");
        JsonNode r = match("lang=fr&name=programs-0.2.json&completedWorks=2&credits=1&yearsOfPractice=3&region=CA-BC"
                + "&languages=fran%C3%A7ais,%20anglais&targetGroups=Autochtones,%20femmes&includeClosed=true&all=true", SAMPLE);
        assertThat(r.get("ok").asBoolean()).as(r.get("text").asString()).isTrue();
        assertThat(r.get("text").asString()).contains("femmes, que votre profil nomme");
        JsonNode english = match("lang=en&name=programs-0.2.json&completedWorks=2&credits=1&yearsOfPractice=3&region=CA-BC"
                + "&languages=English&targetGroups=Indigenous,%20women&includeClosed=true", SAMPLE);
        assertThat(english.get("ok").asBoolean()).as(english.get("text").asString()).isTrue();
    }
}
