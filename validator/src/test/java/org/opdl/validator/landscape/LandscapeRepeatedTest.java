package org.opdl.validator.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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

@DisplayName("A program given in two files is said by the report, with the way to count it once (F66)")
class LandscapeRepeatedTest {

    /** The CMPA's Wide Lens program, as a body's dataset and the provider's own file both give it. */
    private static final String WIDE_LENS = """
            {"id": "listing:cmpa/wide-lens", "provider": {"id": "provider:cmpa", "name": {"en": "Canadian Media Producers Association"}},
             "title": {"en": "Wide Lens"}, "url": "https://cmpa.example/wide-lens", "programTypes": ["mentorship"], "careerStages": ["emerging"],
             "eligibility": {"residence": ["CA"]}, "workingLanguages": ["en"], "status": "open",
             "lastUpdated": "%s", "source": "https://cmpa.example/wide-lens"}""";
    /** A lab of the Canadian Film Centre, in the body's dataset only. */
    private static final String LAB = """
            {"id": "listing:cfc/producers-lab", "provider": {"id": "provider:cfc", "name": {"en": "Canadian Film Centre"}},
             "title": {"en": "Producers' Lab"}, "url": "https://cfc.example/lab", "programTypes": ["lab"], "careerStages": ["emerging"],
             "eligibility": {"residence": ["CA-ON"]}, "workingLanguages": ["en"], "status": "open",
             "lastUpdated": "2026-09-01T00:00:00Z", "source": "https://cfc.example/lab"}""";

    private static Landscape landscape(String... files) throws IOException {
        LandscapeTally tally = new LandscapeTally(Standard.standard());
        try (ValidationRun run = Validator.standard(ValidationOptions.defaults(LocalDate.of(2026, 12, 5))).start().observe(tally)) {
            int n = 0;
            for (String file : files) {
                run.file("programs-" + ++n + ".json", Formats.named("json").orElseThrow().reader(Limits.DEFAULT),
                        new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
            }
            run.finish();
        }
        return tally.landscape();
    }

    @Nested
    @DisplayName("a body's dataset and the provider's own file of one of its programs")
    class TwoFiles {

        @Test
        @DisplayName("counts the second copy, and says so with the command that counts it once, in both languages")
        void said() throws IOException {
            Landscape l = landscape("[" + WIDE_LENS.formatted("2026-09-01T00:00:00Z") + ", " + LAB + "]", WIDE_LENS.formatted("2026-11-20T00:00:00Z"));
            assertThat(l.repeated()).isEqualTo(1);
            assertThat(LandscapeReport.render(l, LandscapeReport.Form.MD, Lang.EN)).contains("1 listing counted gives the id of a listing"
                    + " counted before, from another file: a program given in two files is counted twice here. To count it once, by its copy"
                    + " updated last, merge the files first with opdl merge --prefer newest.");
            assertThat(LandscapeReport.render(l, LandscapeReport.Form.MD, Lang.FR)).contains("1 fiche comptée donne l'identifiant d'une"
                    + " fiche déjà comptée, d'un autre fichier : un programme donné dans deux fichiers est compté deux fois ici.");
            assertThat(LandscapeReport.render(l, LandscapeReport.Form.JSON, Lang.EN)).containsPattern("\"repeated\" ?: ?1");
        }
    }

    @Nested
    @DisplayName("as before")
    class AsBefore {

        @Test
        @DisplayName("files of different programs say nothing of repeats")
        void distinct() throws IOException {
            Landscape l = landscape("[" + WIDE_LENS.formatted("2026-09-01T00:00:00Z") + "]", "[" + LAB + "]");
            assertThat(l.repeated()).isZero();
            assertThat(LandscapeReport.render(l, LandscapeReport.Form.MD, Lang.EN)).doesNotContain("counted before");
        }
    }
}
