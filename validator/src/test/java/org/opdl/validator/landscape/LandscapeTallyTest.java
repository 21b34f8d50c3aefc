package org.opdl.validator.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opdl.model.text.Lang;
import org.opdl.schema.convert.Formats;
import org.opdl.schema.format.Limits;
import org.opdl.validator.ValidationOptions;
import org.opdl.validator.ValidationRun;
import org.opdl.validator.Validator;
import org.opdl.validator.rule.Standard;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("The landscape of a dataset")
class LandscapeTallyTest {

    /** Three listings modelled on real programs: an open free mentorship, an open paid lab in French, and one with an error. */
    static final String DATASET = """
            [
            {"id": "listing:cmpa/virtual-mentorship", "provider": {"id": "provider:cmpa",
             "name": {"en": "Canadian Media Producers Association", "fr": "Association canadienne des producteurs médiatiques"}},
             "title": {"en": "CMPA Virtual Mentorship Program"},
             "description": {"en": "One-to-one online mentorship on a chosen topic, in short weekly sessions over three to six months."},
             "url": "https://cmpa.ca/mentorship/", "programTypes": ["mentorship"], "careerStages": ["emerging"],
             "stageWording": {"en": "emerging members"},
             "eligibility": {"residence": ["CA-ON"]}, "participationUnit": "individual", "deliveryMode": "online",
             "workingLanguages": ["en"], "intakes": [{"applicationDeadline": "2027-03-01"}],
             "fees": [{"feeType": "tuition", "amount": {"amount": "0.00", "currency": "CAD"}}],
             "contact": {"email": "mentorship@cmpa.ca"}, "status": "open", "lastUpdated": "2026-11-01T00:00:00Z",
             "source": "https://cmpa.ca/mentorship/"},
            {"id": "listing:inis/atelier-production", "provider": {"id": "provider:inis", "name": {"fr": "L'Institut national de l'image et du son"}},
             "title": {"fr": "Atelier de production"},
             "description": {"fr": "Un atelier intensif de production pour des producteurs à mi-carrière qui veulent financer un long métrage."},
             "url": "https://inis.qc.ca/", "programTypes": ["lab"], "careerStages": ["mid-career"],
             "stageWording": {"fr": "producteurs à mi-carrière"},
             "eligibility": {"minCredits": 3, "minYears": 5, "residence": ["CA-QC"]}, "participationUnit": "individual",
             "deliveryMode": "in-person", "locations": [{"city": "Montréal", "region": "CA-QC", "country": "CA"}],
             "workingLanguages": ["fr"], "intakes": [{"applicationDeadline": "2027-02-01", "places": 12}],
             "fees": [{"feeType": "tuition", "amount": {"amount": "1200.00", "currency": "CAD"}}],
             "contact": {"email": "info@inis.qc.ca"}, "status": "upcoming", "lastUpdated": "2026-11-01T00:00:00Z",
             "source": "https://inis.qc.ca/"},
            {"id": "listing:nsi/features-first", "provider": {"id": "provider:nsi", "name": {"en": "National Screen Institute"}},
             "title": {"en": "NSI Features First"},
             "description": {"en": "A part-time development lab for teams of writer, director and producer working on a feature film."},
             "url": "https://nsi-canada.ca/", "programTypes": ["laboratory"], "participationUnit": "team",
             "deliveryMode": "in-person", "workingLanguages": ["en"], "intakes": [{"places": 4}],
             "contact": {"email": "info@nsi-canada.ca"}, "status": "closed", "lastUpdated": "2026-11-01T00:00:00Z",
             "source": "https://nsi-canada.ca/"}
            ]
            """;

    static Landscape landscape;

    @BeforeAll
    static void tally() throws IOException {
        LandscapeTally tally = new LandscapeTally(Standard.standard());
        Validator v = Validator.standard(ValidationOptions.defaults(LocalDate.of(2026, 12, 5)));
        try (ValidationRun run = v.start().observe(tally)) {
            run.file("programs.json", Formats.named("json").orElseThrow().reader(Limits.DEFAULT),
                    new ByteArrayInputStream(DATASET.getBytes(StandardCharsets.UTF_8)));
            run.finish();
        }
        landscape = tally.landscape();
    }

    @Test
    @DisplayName("leaves a listing with an error out, and says which rule")
    void excluded() {
        assertThat(landscape.listings()).isEqualTo(3);
        assertThat(landscape.included()).isEqualTo(2);
        assertThat(landscape.excluded()).containsEntry("opdl.vocab.unknown-code", 1L);
        assertThat(landscape.quality().passing()).isEqualTo(2);
        assertThat(landscape.quality().providers()).hasSize(3);
    }

    @Test
    @DisplayName("F11: the providers table names each provider by its name in the report's language, never by its id")
    void providersNamed() {
        String en = LandscapeReport.render(landscape, LandscapeReport.Form.HTML, Lang.EN);
        assertThat(en).contains("<th scope=\"row\">Canadian Media Producers Association</th>")
                .contains("<th scope=\"row\">National Screen Institute</th>").doesNotContain(">provider:");
        String fr = LandscapeReport.render(landscape, LandscapeReport.Form.MD, Lang.FR);
        assertThat(fr).contains("| Association canadienne des producteurs médiatiques |")
                .contains("| L'Institut national de l'image et du son |").contains("| National Screen Institute |")
                .doesNotContain("| provider:");
        assertThat(LandscapeReport.render(landscape, LandscapeReport.Form.JSON, Lang.FR)).contains("\"provider:cmpa\"");
    }

    @Test
    @DisplayName("F15: the report says one listing left out in the singular, in both languages")
    void oneLeftOut() {
        assertThat(LandscapeReport.render(landscape, LandscapeReport.Form.MD, Lang.EN))
                .contains("1 listing with an error was left out of every figure").doesNotContain("(s)");
        assertThat(LandscapeReport.render(landscape, LandscapeReport.Form.MD, Lang.FR))
                .contains("1 fiche avec une erreur a été écartée de chaque chiffre").doesNotContain("(s)");
    }

    @Test
    @DisplayName("counts each dimension over the listings kept, with what is not stated")
    void distributions() {
        assertThat(landscape.distribution("program-type").counts()).containsEntry("mentorship", 1L).containsEntry("lab", 1L);
        assertThat(landscape.distribution("cost").counts()).containsEntry("free", 1L).containsEntry("fee", 1L)
                .containsEntry("stipend", 0L);
        assertThat(landscape.distribution("admitted-stage").counts()).containsEntry("mid-career", 1L)
                .containsEntry("established", 1L).containsEntry("emerging", 0L);
        assertThat(landscape.distribution("admitted-stage").notStated()).isEqualTo(1);
        assertThat(landscape.distribution("target-group").notStated()).isEqualTo(2);
        assertThat(landscape.distribution("working-language").counts()).containsEntry("en", 1L).containsEntry("fr", 1L);
    }

    @Test
    @DisplayName("finds the gaps: stages with no open program in a region, fee-only stages, regions with no French")
    void gaps() {
        Landscape.Gaps g = landscape.gaps();
        assertThat(g.openListings()).isEqualTo(2);
        assertThat(g.stageRegion().open().get("emerging")).containsEntry("CA-ON", 1L).containsEntry("CA-QC", 0L);
        assertThat(g.stageRegion().open().get("mid-career")).containsEntry("CA-QC", 1L).containsEntry("CA-ON", 0L);
        assertThat(g.feeOnlyOpen()).containsExactly("mid-career", "established");
        assertThat(g.noFrenchOpen()).contains("CA-ON").doesNotContain("CA-QC");
    }

    @Test
    @DisplayName("sets the shares beside the industry report's figures")
    void comparisons() {
        Landscape.Comparison mentoring = landscape.comparisons().stream()
                .filter(c -> c.id().equals("mentorship-share")).findFirst().orElseThrow();
        assertThat(mentoring.count()).isEqualTo(1);
        assertThat(mentoring.base()).isEqualTo(2);
        assertThat(mentoring.agrees()).isFalse();
    }

    @Nested
    @DisplayName("as a report")
    class Rendered {

        @Test
        @DisplayName("every number of the HTML page equals the figure of the JSON it points to")
        void htmlMatchesJson() {
            for (Lang lang : Lang.values()) {
                assertThat(FigureCheck.mismatches(LandscapeReport.render(landscape, LandscapeReport.Form.HTML, lang),
                        LandscapeReport.render(landscape, LandscapeReport.Form.JSON, lang))).isEmpty();
            }
        }

        @Test
        @DisplayName("speaks the chosen language, with charts that have a title and their numbers as text")
        void languages() {
            String fr = LandscapeReport.render(landscape, LandscapeReport.Form.HTML, Lang.FR);
            assertThat(fr).contains("<html lang=\"fr\">").contains("Fiches écartées, par règle").contains("<svg")
                    .contains("<title id=\"chart1-t\">Type de programme</title>").contains(">1 (50 %)</text>");
            String md = LandscapeReport.render(landscape, LandscapeReport.Form.MD, Lang.EN);
            assertThat(md).contains("| Mentorship | 1 | 50% |").doesNotContain("<svg");
        }
    }

    /** Compares the figures an HTML report marks with {@code data-figure} with those of its JSON. */
    static final class FigureCheck {
        private static final Pattern FIGURE = Pattern.compile("data-figure=\"([^\"]+)\">([0-9][0-9,\u202f]*)<");

        static java.util.List<String> mismatches(String html, String json) {
            JsonNode root = JsonMapper.builder().build().readTree(json);
            java.util.List<String> out = new java.util.ArrayList<>();
            Matcher m = FIGURE.matcher(html);
            int seen = 0;
            while (m.find()) {
                seen++;
                // The pointer is written as an attribute, escaped as any text of the page: a provider's name may hold & or <.
                JsonNode n = root.at(m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&"));
                if (n.isMissingNode() || n.asLong() != Long.parseLong(m.group(2).replaceAll("[^0-9]", ""))) {
                    out.add(m.group(1) + " shows " + m.group(2) + ", JSON has " + n);
                }
            }
            if (seen == 0) {
                out.add("no figure in the HTML");
            }
            return out;
        }
    }
}
