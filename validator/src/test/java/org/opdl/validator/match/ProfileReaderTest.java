package org.opdl.validator.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A profile names its province, languages and groups as a spreadsheet's cells do")
class ProfileReaderTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 5);

    private static Profile read(String region, String languages, String groups) throws ProfileReader.ProfileException {
        String json = "{\"completedWorks\": 2, \"credits\": 1, \"yearsOfPractice\": 3, \"region\": \"" + region + "\", \"workRegion\": \""
                + region + "\", \"languages\": [" + languages + "], \"targetGroups\": [" + groups + "]}";
        return ProfileReader.read(json.getBytes(StandardCharsets.UTF_8), DAY);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"NU, CA-NU", "Nunavut, CA-NU", "QC, CA-QC", "Québec, CA-QC", "Quebec, CA-QC", "qc, CA-QC", "Î.-P.-É., CA-PE",
        "PEI, CA-PE", "Terre-Neuve-et-Labrador, CA-NL", "CA-ON, CA-ON"})
    @DisplayName("F8: a province or territory by its two-letter code or its name, in English or French, as the readers take it")
    void regions(String written, String code) throws Exception {
        Profile p = read(written, "\"fr\"", "");
        assertThat(p.region()).isEqualTo(code);
        assertThat(p.workRegion()).contains(code);
    }

    @Test
    @DisplayName("F8: a language and a group by their names, in English or French")
    void names() throws Exception {
        Profile p = read("Nunavut", "\"Inuktitut\", \"français\", \"en\"", "\"Autochtones\", \"women\"");
        assertThat(p.languages()).containsExactly("iu", "fr", "en");
        assertThat(p.targetGroups()).containsExactly("indigenous", "women");
        assertThat(p.workRegion()).isEqualTo(Optional.of("CA-NU"));
    }

    @Test
    @DisplayName("what names no province or several is refused with the forms it takes, in both languages")
    void refused() {
        for (String region : List.of("Atlantic Canada", "CA", "international", "Nouvelle-Angleterre")) {
            assertThatThrownBy(() -> read(region, "\"fr\"", "")).isInstanceOf(ProfileReader.ProfileException.class)
                    .satisfies(e -> assertThat(((ProfileReader.ProfileException) e).problems()).anySatisfy(t -> {
                        assertThat(t.en()).isEqualTo("region " + region + " names no Canadian province or territory; write its code or its "
                                + "name, such as CA-QC, QC or Québec");
                        assertThat(t.fr()).startsWith("la région " + region + " ne nomme aucune province ni aucun territoire du Canada; ");
                    }));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"lgbtq", "LGBT", "LGBTQ+", "2SLGBTQ+", "queer"})
    @DisplayName("the group 2SLGBTQI+ under the names producers write without its plus or its letters")
    void rainbowGroup(String written) throws Exception {
        assertThat(read("QC", "\"fr\"", "\"" + written + "\"").targetGroups()).containsExactly("2slgbtqi");
    }

    @Test
    @DisplayName("a group that names none of the scheme is refused with the scheme's codes, not a command a person on the page cannot run")
    void unknownGroup() {
        assertThatThrownBy(() -> read("QC", "\"fr\"", "\"veterans\"")).isInstanceOf(ProfileReader.ProfileException.class)
                .satisfies(e -> assertThat(((ProfileReader.ProfileException) e).problems()).anySatisfy(t -> {
                    assertThat(t.en()).startsWith("target group veterans names no group of the target-group scheme; write one of its codes, ")
                            .contains("indigenous, first-nations").contains("2slgbtqi").doesNotContain("opdl vocab");
                    assertThat(t.fr()).startsWith("le groupe visé veterans ne nomme aucun groupe du vocabulaire des groupes visés; ")
                            .contains("2slgbtqi").doesNotContain("opdl vocab");
                }));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"\"stage\": \"émergent\"", "\"careerStage\": \"mid-career\"", "\"Stade de carrière\": \"relève\""})
    @DisplayName("F14: a career stage given in words is refused with how the stage is worked out, never read as an unknown field, "
            + "in both languages")
    void stageInWords(String field) {
        String json = "{" + field + ", \"region\": \"QC\", \"languages\": [\"fr\"]}";
        assertThatThrownBy(() -> ProfileReader.read(json.getBytes(StandardCharsets.UTF_8), DAY))
                .isInstanceOf(ProfileReader.ProfileException.class)
                .satisfies(e -> assertThat(((ProfileReader.ProfileException) e).problems()).first().satisfies(t -> {
                    assertThat(t.en()).contains("is not read: your career stage is worked out from your figures, never given; give "
                            + "completedWorks, credits and yearsOfPractice instead (opdl stages shows what each stage asks)")
                            .doesNotContain("unknown field");
                    assertThat(t.fr()).contains("n'est pas lu : votre stade de carrière se déduit de vos chiffres")
                            .startsWith("« ").doesNotContain("\"");
                }));
    }

    @ParameterizedTest(name = "region left out, or written [{0}]")
    @CsvSource(delimiter = '|', value = {"''", "\"region\": null,", "\"region\": \"\",", "\"region\": \"  \","})
    @DisplayName("F28: a profile with no region is told the region is missing, with what to write, never \"region null\"")
    void noRegion(String field) {
        String json = "{\"completedWorks\": 0, \"credits\": 0, \"yearsOfPractice\": 0, " + field + " \"languages\": [\"en\"], \"budget\": 0}";
        assertThatThrownBy(() -> ProfileReader.read(json.getBytes(StandardCharsets.UTF_8), DAY))
                .isInstanceOf(ProfileReader.ProfileException.class)
                .satisfies(e -> assertThat(((ProfileReader.ProfileException) e).problems()).singleElement().satisfies(t -> {
                    assertThat(t.en()).isEqualTo("region is missing: write the province or territory where you live, by its code or its"
                            + " name, such as CA-QC, QC or Québec");
                    assertThat(t.fr()).isEqualTo("region manque : écrivez la province ou le territoire où vous résidez, par son code ou son"
                            + " nom, comme CA-QC, QC ou Québec");
                }));
    }

    @Test
    @DisplayName("F28: a region written as a number is named as written, never as \"null\"")
    void regionAsNumber() {
        String json = "{\"completedWorks\": 0, \"credits\": 0, \"yearsOfPractice\": 0, \"region\": 24, \"languages\": [\"en\"]}";
        assertThatThrownBy(() -> ProfileReader.read(json.getBytes(StandardCharsets.UTF_8), DAY))
                .isInstanceOf(ProfileReader.ProfileException.class)
                .satisfies(e -> assertThat(((ProfileReader.ProfileException) e).problems()).singleElement()
                        .satisfies(t -> assertThat(t.en()).startsWith("region 24 names no Canadian province or territory")));
    }

    @Test
    @DisplayName("F32: a list typed in one box is split at commas and semicolons, and at spaces only between names of one word")
    void itemsOfABox() {
        assertThat(ProfileReader.items("targetGroups", "Personnes noires, Femmes")).containsExactly("Personnes noires", "Femmes");
        assertThat(ProfileReader.items("targetGroups", "Premières Nations; Deaf and persons with disabilities"))
                .containsExactly("Premières Nations", "Deaf and persons with disabilities");
        assertThat(ProfileReader.items("targetGroups", "indigenous women")).containsExactly("indigenous", "women");
        assertThat(ProfileReader.items("languages", "fr en")).containsExactly("fr", "en");
        assertThat(ProfileReader.items("languages", " français ,anglais ")).containsExactly("français", "anglais");
        assertThat(ProfileReader.items("languages", "")).isEmpty();
    }
}
