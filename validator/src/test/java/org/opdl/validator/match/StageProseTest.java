package org.opdl.validator.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.text.Text;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("The reasons of a match name the career stages as prose, lower-case mid-sentence and elided in French")
class StageProseTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A lab for producers from emerging to established, as Québec Cinéma words its calls. */
    private static final String RANGE = """
            {"id": "listing:qc/labo", "title": {"fr": "Labo de production"}, "provider": {"name": {"fr": "Québec Cinéma"}},
             "url": "https://qc.example/labo", "careerStages": ["emerging", "early-career", "mid-career", "established"],
             "streams": [{"name": {"fr": "Volet principal", "en": "Main stream"}, "lowestStage": "emerging", "highestStage": "established"}],
             "workingLanguages": ["fr"], "status": "open"}
            """;
    /** A market for mid-career and established producers, as CMPA's export mentorship. */
    private static final String SENIOR = """
            {"id": "listing:cmpa/export", "title": {"en": "Export Mentorship"}, "provider": {"name": {"en": "CMPA"}},
             "url": "https://cmpa.example/export", "careerStages": ["mid-career", "established"],
             "workingLanguages": ["en"], "status": "open"}
            """;
    /** A lab for early-career producers only. */
    private static final String EARLY = """
            {"id": "listing:nsi/lab", "title": {"en": "Producers Lab"}, "provider": {"name": {"en": "NSI"}},
             "url": "https://nsi.example/lab", "careerStages": ["early-career"],
             "workingLanguages": ["en"], "status": "open"}
            """;

    private static Text stageReason(int works, int credits, int years, String listing) {
        Matcher matcher = new Matcher(WaysInTest.profile(works, credits, years, "CA-QC", List.of(), null, null), false, true);
        matcher.accept(JSON.readTree(listing));
        Matches m = matcher.matches();
        List<Match> all = new ArrayList<>(m.fits());
        all.addAll(m.nearMisses());
        all.addAll(m.others());
        return all.get(0).checks().stream().filter(c -> c.criterion().equals("career-stage") || c.criterion().equals("stream"))
                .reduce((a, b) -> b).orElseThrow().said().text();
    }

    @Test
    @DisplayName("a range from emerging: « des stades d'émergent à établi », \"from emerging to established\"")
    void rangeElided() {
        Text t = stageReason(1, 0, 1, RANGE);
        assertThat(t.fr()).isEqualTo("volet « Volet principal » : admet les stades d'émergent à établi; votre parcours est au stade émergent");
        assertThat(t.en()).isEqualTo("stream \"Main stream\": admits the stages from emerging to established; your record is at the emerging stage");
    }

    @Test
    @DisplayName("the stage a producer reaches is lower-case mid-sentence")
    void fitsLowerCase() {
        Text t = stageReason(2, 1, 2, EARLY);
        assertThat(t.en()).isEqualTo("is for the early career stage, which you reach");
        assertThat(t.fr()).isEqualTo("s'adresse au stade début de carrière, que vous atteignez");
    }

    @Test
    @DisplayName("the stages a program is for are listed with the language's \"and\", in the singular for one")
    void missesListed() {
        Text two = stageReason(1, 0, 1, SENIOR);
        assertThat(two.en()).isEqualTo("is for the mid-career and established stages; your record is at the emerging stage");
        assertThat(two.fr()).isEqualTo("s'adresse aux stades mi-carrière et établi; votre parcours est au stade émergent");
        Text one = stageReason(0, 0, 0, EARLY);
        assertThat(one.en()).isEqualTo("is for the early career stage; your record is at the entry stage");
        assertThat(one.fr()).isEqualTo("s'adresse au stade début de carrière; votre parcours est au stade entrée");
    }
}
