package org.opdl.validator.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.text.Lang;
import org.opdl.schema.convert.Formats;
import org.opdl.schema.format.Limits;
import org.opdl.validator.ValidationOptions;
import org.opdl.validator.ValidationRun;
import org.opdl.validator.Validator;
import org.opdl.validator.rule.Standard;

@DisplayName("The landscape report writes its numbers and quotations as each language does")
class LandscapeNumbersTest {

    /** 1,200 mentorships of a provider named by its name alone, which holds markup, as an industry body's season can hold. */
    private static final int COUNT = 1200;
    private static final String LISTING = """
            {"id": "listing:films-co/mentorat-%d", "provider": {"name": {"fr": "Films & Co <b>"}},
             "title": {"fr": "Mentorat en production %d"},
             "description": {"fr": "Un mentorat individuel en production, de la recherche de financement à la livraison."},
             "url": "https://films-co.example/mentorat", "programTypes": ["mentorship"], "careerStages": ["emerging"],
             "stageWording": {"fr": "producteurs de la relève"}, "eligibility": {"residence": ["CA-QC"]},
             "participationUnit": "individual", "deliveryMode": "online", "workingLanguages": ["fr"],
             "intakes": [{"applicationDeadline": "2027-03-01"}], "contact": {"email": "mentorat@films-co.example"},
             "status": "open", "lastUpdated": "2026-11-01T00:00:00Z", "source": "https://films-co.example/mentorat"}""";

    private static Landscape landscape;

    @BeforeAll
    static void tally() throws IOException {
        String dataset = IntStream.range(0, COUNT).mapToObj(i -> LISTING.formatted(i, i)).collect(Collectors.joining(",\n", "[\n", "\n]"));
        LandscapeTally tally = new LandscapeTally(Standard.standard());
        try (ValidationRun run = Validator.standard(ValidationOptions.defaults(LocalDate.of(2026, 12, 5))).start().observe(tally)) {
            run.file("saison.json", Formats.named("json").orElseThrow().reader(Limits.DEFAULT),
                    new ByteArrayInputStream(dataset.getBytes(StandardCharsets.UTF_8)));
            run.finish();
        }
        landscape = tally.landscape();
    }

    @Test
    @DisplayName("F9: the numbers of the tables and charts are grouped as in the sentences: 1,200 in English, 1 200 in French")
    void grouped() {
        assertThat(landscape.included()).isEqualTo(COUNT);
        String fr = LandscapeReport.render(landscape, LandscapeReport.Form.HTML, Lang.FR);
        assertThat(fr).contains("data-figure=\"/distributions/program-type/counts/mentorship\">1\u202f200</td>")
                .contains(">1\u202f200 (100 %)</text>").contains("sur 1\u202f200 fiches comptées").doesNotContain(">1200<");
        String en = LandscapeReport.render(landscape, LandscapeReport.Form.HTML, Lang.EN);
        assertThat(en).contains("data-figure=\"/distributions/program-type/counts/mentorship\">1,200</td>")
                .contains(">1,200 (100%)</text>").doesNotContain(">1200<");
        assertThat(LandscapeReport.render(landscape, LandscapeReport.Form.MD, Lang.FR)).contains("| Mentorat | 1\u202f200 | 100 % |");
        String json = LandscapeReport.render(landscape, LandscapeReport.Form.JSON, Lang.EN);
        assertThat(LandscapeTallyTest.FigureCheck.mismatches(fr, json)).isEmpty();
        assertThat(LandscapeTallyTest.FigureCheck.mismatches(en, json)).isEmpty();
    }

    @Test
    @DisplayName("F10: the French report quotes the providers' wordings with « », as the rest of the French texts do")
    void frenchQuotes() {
        assertThat(LandscapeReport.render(landscape, LandscapeReport.Form.HTML, Lang.FR))
                .contains("« producteurs de la relève » (1\u202f200)").doesNotContain("\u201c");
        assertThat(LandscapeReport.render(landscape, LandscapeReport.Form.HTML, Lang.EN))
                .contains("\u201cproducteurs de la relève\u201d (1,200)");
    }

    @Test
    @DisplayName("a provider's name that holds markup is shown as text, never as markup")
    void escaped() {
        String fr = LandscapeReport.render(landscape, LandscapeReport.Form.HTML, Lang.FR);
        assertThat(fr).contains("<th scope=\"row\">Films &amp; Co &lt;b&gt;</th>").doesNotContain("<b>").doesNotContain("Films & Co");
    }

    @Test
    @DisplayName("a chart's text alternative names its dimension in lower case mid-sentence, with no \"de Type\"")
    void chartDescription() {
        assertThat(LandscapeReport.render(landscape, LandscapeReport.Form.HTML, Lang.EN))
                .contains(">Bar chart of the listings by program type: the number of listings for each value")
                .contains(">Bar chart of the listings by career stage (declared):");
        assertThat(LandscapeReport.render(landscape, LandscapeReport.Form.HTML, Lang.FR))
                .contains(">Diagramme à barres des fiches par type de programme : le nombre de fiches pour chaque valeur")
                .doesNotContain("Diagramme à barres de Type");
    }
}
