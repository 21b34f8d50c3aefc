package org.opdl.validator.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Pattern;
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

@DisplayName("F21: every count of the landscape report agrees with its noun, in both languages")
class LandscapeCountsTest {

    /** An open online mentorship for emerging producers, modelled on the CMPA's. */
    private static final String MENTORSHIP = """
            {"id": "listing:cmpa/virtual-mentorship-%d", "provider": {"id": "provider:cmpa",
             "name": {"en": "Canadian Media Producers Association", "fr": "Association canadienne des producteurs médiatiques"}},
             "title": {"en": "CMPA Virtual Mentorship Program"},
             "description": {"en": "One-to-one online mentorship on a chosen topic, in short weekly sessions over three to six months."},
             "url": "https://cmpa.ca/mentorship/", "programTypes": ["mentorship"], "careerStages": ["emerging"],
             "stageWording": {"en": "emerging members"},
             "eligibility": {"residence": ["CA-ON"]}, "participationUnit": "individual", "deliveryMode": "online",
             "workingLanguages": ["en"], "intakes": [{"applicationDeadline": "2027-03-01"}],
             "contact": {"email": "mentorship@cmpa.ca"}, "status": "%s", "lastUpdated": "2026-11-01T00:00:00Z",
             "source": "https://cmpa.ca/mentorship/"}""";

    /** A listing whose program type is no code of the scheme, so the report leaves it out. */
    private static final String WRONG = """
            {"id": "listing:nsi/features-first", "provider": {"id": "provider:nsi", "name": {"en": "National Screen Institute"}},
             "title": {"en": "NSI Features First"},
             "description": {"en": "A part-time development lab for teams of writer, director and producer working on a feature film."},
             "url": "https://nsi-canada.ca/", "programTypes": ["laboratory"], "participationUnit": "team",
             "deliveryMode": "in-person", "workingLanguages": ["en"], "intakes": [{"places": 4}],
             "contact": {"email": "info@nsi-canada.ca"}, "status": "closed", "lastUpdated": "2026-11-01T00:00:00Z",
             "source": "https://nsi-canada.ca/"}""";

    /** A count of 0 or 1 before a plural noun, or of 2 and more before a singular one, which no sentence should hold. */
    private static final Pattern DISAGREES_EN = Pattern.compile("(?<![\\d,])1 listings|(?<![\\d,])1 of 1 listings|\\b(?:[02-9]|\\d{2,}) listing\\b");
    private static final Pattern DISAGREES_FR = Pattern.compile("(?<![\\d\u202f])[01] (?:fiches|lues|comptées|façons)|les 1 fiche");

    static Landscape landscape(String... listings) throws IOException {
        String dataset = "[\n" + String.join(",\n", listings) + "\n]";
        LandscapeTally tally = new LandscapeTally(Standard.standard());
        try (ValidationRun run = Validator.standard(ValidationOptions.defaults(LocalDate.of(2026, 12, 5))).start().observe(tally)) {
            run.file("programs.json", Formats.named("json").orElseThrow().reader(Limits.DEFAULT),
                    new ByteArrayInputStream(dataset.getBytes(StandardCharsets.UTF_8)));
            run.finish();
        }
        return tally.landscape();
    }

    private static String md(Landscape l, Lang lang) {
        return LandscapeReport.render(l, LandscapeReport.Form.MD, lang);
    }

    private static String html(Landscape l, Lang lang) {
        return LandscapeReport.render(l, LandscapeReport.Form.HTML, lang);
    }

    @Nested
    @DisplayName("a dataset of one listing")
    class One {

        @Test
        @DisplayName("says 'the 1 listing', 'passes', 'is open', 'in 1 distinct way', and the French singular")
        void singular() throws IOException {
            Landscape l = landscape(MENTORSHIP.formatted(1, "open"));
            assertThat(md(l, Lang.EN)).contains("This report counts the 1 listing of the dataset that passes with no error, out of 1 read.")
                    .contains("This dataset holds 1 listing, fewer than")
                    .contains("Each figure is taken over the 1 listing counted.")
                    .contains("Of the 1 listing counted, 1 is open or upcoming.")
                    .contains("1 listing words its stages in 1 distinct way.")
                    .contains("1 of 1 listing (100%) passes with no error.")
                    .doesNotContainPattern(DISAGREES_EN);
            assertThat(md(l, Lang.FR)).contains("Ce rapport compte, sur 1 fiche lue, 1 fiche du jeu de données qui passe sans erreur.")
                    .contains("Ce jeu de données contient 1 fiche, moins que")
                    .contains("Chaque chiffre porte sur 1 fiche comptée.")
                    .contains("Sur 1 fiche comptée, 1 est ouverte ou à venir.")
                    .contains("1 fiche formule ses stades de 1 façon distincte.")
                    .contains("1 fiche sur 1 (100 %) passe sans erreur.")
                    .doesNotContainPattern(DISAGREES_FR);
            assertThat(html(l, Lang.FR)).contains("sur 1 comptée, avec la proportion").doesNotContainPattern(DISAGREES_FR);
        }

        @Test
        @DisplayName("closed, says that no listing counted is open, with the count in the language's number")
        void closed() throws IOException {
            Landscape l = landscape(MENTORSHIP.formatted(1, "closed"));
            assertThat(md(l, Lang.EN)).contains("No listing counted is open or upcoming (1 counted), so every pair")
                    .doesNotContain("None of the 1 listings").doesNotContainPattern(DISAGREES_EN);
            assertThat(md(l, Lang.FR)).contains("Aucune fiche comptée n'est ouverte ou à venir (1 comptée) :")
                    .doesNotContain("Aucune des 1 fiches").doesNotContainPattern(DISAGREES_FR);
        }
    }

    @Test
    @DisplayName("a dataset whose only listing has an error counts 0 listings, and 0 fiche in French")
    void none() throws IOException {
        Landscape l = landscape(WRONG);
        assertThat(l.included()).isZero();
        assertThat(md(l, Lang.EN)).contains("counts the 0 listings of the dataset that pass with no error, out of 1 read.")
                .contains("0 of 1 listing (0%) pass with no error.").doesNotContainPattern(DISAGREES_EN);
        assertThat(md(l, Lang.FR)).contains("Ce rapport compte, sur 1 fiche lue, 0 fiche du jeu de données qui passe sans erreur.")
                .contains("Chaque chiffre porte sur 0 fiche comptée.").contains("0 fiche sur 1 (0 %) passe sans erreur.")
                .doesNotContainPattern(DISAGREES_FR);
    }

    @Test
    @DisplayName("a dataset of many listings keeps the plural, its numbers grouped")
    void many() throws IOException {
        String[] listings = new String[1001];
        for (int i = 0; i < 1000; i++) {
            listings[i] = MENTORSHIP.formatted(i, i % 2 == 0 ? "open" : "closed");
        }
        listings[1000] = WRONG;
        Landscape l = landscape(listings);
        assertThat(md(l, Lang.EN)).contains("This report counts the 1,000 listings of the dataset that pass with no error, out of 1,001 read.")
                .contains("Of the 1,000 listings counted, 500 are open or upcoming.")
                .contains("1,000 listings word their stages in 1 distinct way.")
                .contains("1,000 of 1,001 listings (100%) pass with no error.")
                .doesNotContainPattern(DISAGREES_EN);
        assertThat(md(l, Lang.FR)).contains("Ce rapport compte, sur 1\u202f001 fiches lues, 1\u202f000 fiches du jeu de données qui passent sans erreur.")
                .contains("Sur 1\u202f000 fiches comptées, 500 sont ouvertes ou à venir.")
                .contains("1\u202f000 fiches formulent leurs stades de 1 façon distincte.")
                .contains("1\u202f000 fiches sur 1\u202f001 (100 %) passent sans erreur.")
                .doesNotContainPattern(DISAGREES_FR);
    }
}
