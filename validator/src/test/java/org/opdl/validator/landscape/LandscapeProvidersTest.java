package org.opdl.validator.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.validator.landscape.LandscapeCountsTest.landscape;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.text.Lang;

@DisplayName("F39: providers of one name under two ids are told apart in the report's data quality, in both languages")
class LandscapeProvidersTest {

    /** A Hot Docs program under the provider id its file gives. */
    private static String hotDocs(String listing, String providerId) {
        return """
            {"id": "listing:%1$s", "provider": {"id": "%2$s", "name": {"en": "Hot Docs"}},
             "title": {"en": "Hot Docs program"}, "description": {"en": "A documentary program of Hot Docs."},
             "url": "https://hotdocs.ca/industry", "programTypes": ["market-pitch-forum"], "careerStages": ["mid-career"],
             "participationUnit": "individual", "deliveryMode": "in-person", "workingLanguages": ["en"], "status": "closed",
             "lastUpdated": "2026-11-01T00:00:00Z", "source": "https://hotdocs.ca/industry"}""".formatted(listing, providerId);
    }

    private static final String[] LISTINGS = {hotDocs("hot-docs/deal-maker", "provider:hot-docs"),
        hotDocs("hot-docs/forum", "provider:hot-docs"), hotDocs("hotdocs/crosscurrents", "provider:hotdocs")};

    @Test
    @DisplayName("each row of the name holds its id, and a sentence says what to do, in English")
    void english() throws Exception {
        String md = LandscapeReport.render(landscape(LISTINGS), LandscapeReport.Form.MD, Lang.EN);
        assertThat(md).contains("| Hot Docs (provider:hot-docs) | 2 |").contains("| Hot Docs (provider:hotdocs) | 1 |")
                .doesNotContain("| Hot Docs | ")
                .contains("The name Hot Docs is given to providers of different ids, told apart above by their ids. If they are one body,"
                        + " give its listings one id, so that its figures are counted together.");
    }

    @Test
    @DisplayName("the same in French, and a name given once keeps its row as it is")
    void french() throws Exception {
        String md = LandscapeReport.render(landscape(LISTINGS), LandscapeReport.Form.MD, Lang.FR);
        assertThat(md).contains("| Hot Docs (provider:hotdocs) | 1 |")
                .contains("Le nom Hot Docs est donné à des fournisseurs d'identifiants différents, distingués ci-dessus par leur identifiant.");
        String one = LandscapeReport.render(landscape(LISTINGS[0], LISTINGS[1]), LandscapeReport.Form.MD, Lang.EN);
        assertThat(one).contains("| Hot Docs | 2 |").doesNotContain("(provider:").doesNotContain("different ids");
    }
}
