package org.opdl.validator.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opdl.model.text.Bundle;
import org.opdl.model.text.Lang;
import org.opdl.model.vocab.Concept;
import org.opdl.model.vocab.Vocabulary;
import org.opdl.schema.convert.ListingCorpus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("The words of a match name things as people do, never by their codes")
class MatchWordingTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate DAY = LocalDate.of(2026, 12, 5);
    private static final Path SAMPLE = Path.of(System.getProperty("opdl.root", "..")).resolve("docs/data/programs-0.2.json");
    /** The schemes whose codes a reason could show in place of their labels. */
    private static final List<String> SCHEMES = List.of("region", "delivery-mode", "program-type", "target-group", "listing-status",
            "career-stage");

    private static Profile profile(String region, List<String> langs, List<String> groups, OptionalInt age) {
        return new Profile(2, 1, 3, region, Optional.empty(), langs, groups, Optional.of(new BigDecimal("500")), age, DAY);
    }

    /** The check of {@code criterion} when the listing {@code json} is matched against {@code p}, every verdict kept. */
    private static Match.Check check(Profile p, String json, String criterion) {
        Matcher m = new Matcher(p, true, true);
        m.accept(JSON.readTree(json));
        Matches all = m.matches();
        List<Match> every = new ArrayList<>(all.fits());
        every.addAll(all.nearMisses());
        every.addAll(all.others());
        return every.get(0).checks().stream().filter(c -> c.criterion().equals(criterion)).findFirst().orElseThrow();
    }

    @Nested
    @DisplayName("languages")
    class Languages {

        @Test
        @DisplayName("by their names: \"works in English and French\", \"se déroule en anglais et en français\"")
        void fits() {
            Match.Check c = check(profile("CA-QC", List.of("fr"), List.of(), OptionalInt.empty()),
                    "{\"id\": \"listing:a\", \"workingLanguages\": [\"en\", \"fr\"]}", "language");
            assertThat(c.reason().en()).isEqualTo("works in English and French");
            assertThat(c.reason().fr()).isEqualTo("se déroule en anglais et en français");
        }

        @Test
        @DisplayName("the program's and the producer's, three and more joined with commas, a regional tag by its language once")
        void misses() {
            Match.Check c = check(profile("CA-NU", List.of("fr", "en"), List.of(), OptionalInt.empty()),
                    "{\"id\": \"listing:b\", \"workingLanguages\": [\"iu\", \"es\", \"de\", \"iu-CA\"]}", "language");
            assertThat(c.outcome()).isEqualTo(Match.Outcome.DOES_NOT_FIT);
            assertThat(c.reason().en()).isEqualTo("works in Inuktitut, Spanish and German; you work in French and English");
            assertThat(c.reason().fr()).isEqualTo("se déroule en inuktitut, en espagnol et en allemand; vous travaillez en français et en anglais");
        }
    }

    @Test
    @DisplayName("the status of a closed program by the vocabulary's label, in each language, in the lower case of the rest of the line")
    void status() {
        Matcher m = new Matcher(profile("CA-QC", List.of("fr"), List.of(), OptionalInt.empty()), true);
        m.accept(JSON.readTree("{\"id\": \"listing:c\", \"title\": {\"fr\": \"Atelier\"}, \"status\": \"closed\"}"));
        assertThat(MatchText.write(m.matches(), Lang.FR)).contains("statut : fermé").doesNotContain("statut : closed");
        assertThat(MatchText.write(m.matches(), Lang.EN)).contains("status: closed");
    }

    @ParameterizedTest(name = "{0}: {1} / {2}")
    @DisplayName("age limits as a range, a floor or a ceiling, never a dangling dash")
    @CsvSource(delimiter = '|', value = {
        "\"minAge\": 18, \"maxAge\": 35 | for ages 18 to 35, you are 30 | pour les 18 à 35 ans, vous avez 30 ans",
        "\"minAge\": 18 | for ages 18 and over, you are 30 | pour les 18 ans et plus, vous avez 30 ans",
        "\"maxAge\": 29 | for ages up to 29, you are 30 | pour les 29 ans et moins, vous avez 30 ans"})
    void ages(String bounds, String en, String fr) {
        Match.Check c = check(profile("CA-QC", List.of("fr"), List.of(), OptionalInt.of(30)),
                "{\"id\": \"listing:d\", \"eligibility\": {" + bounds + "}}", "age");
        assertThat(c.reason().en()).isEqualTo(en);
        assertThat(c.reason().fr()).isEqualTo(fr);
    }

    @ParameterizedTest(name = "a producer in {0} working in {1}, of the groups {2}")
    @DisplayName("no reason, in either language, on the sample dataset and 2,000 generated listings, shows a code or a language tag")
    @CsvSource({"CA-QC, fr, women", "CA-ON, en, indigenous", "CA-NU, iu, ''"})
    void noCodes(String region, String lang, String group) throws IOException {
        List<JsonNode> listings = new ArrayList<>();
        JSON.readTree(Files.readString(SAMPLE)).path("listings").forEach(listings::add);
        ListingCorpus corpus = new ListingCorpus(7);
        for (long n = 0; n < 2000; n++) {
            listings.add(corpus.next(n));
        }
        Matcher m = new Matcher(profile(region, List.of(lang), group.isEmpty() ? List.of() : List.of(group), OptionalInt.of(30)), true, true);
        listings.forEach(m::accept);
        Matches all = m.matches();
        List<Match> every = new ArrayList<>(all.fits());
        every.addAll(all.nearMisses());
        every.addAll(all.others());
        Set<String> codes = codes();
        int checked = 0;
        for (Match match : every) {
            for (Match.Check c : match.checks()) {
                if (c.criterion().equals("membership")) {
                    continue; // names the organisation in the provider's own words, which may be any words
                }
                for (Lang l : Lang.values()) {
                    String text = c.reason().in(l);
                    assertThat(tokens(text)).as("%s: %s", match.id(), text).doesNotContainAnyElementsOf(codes);
                    if (c.criterion().equals("language")) {
                        // French puts "en" before each language's name; a tag left as written stays a token.
                        String names = l == Lang.FR ? text.replaceAll("\\ben (?=\\p{L})", "") : text;
                        assertThat(tokens(names)).as("%s: %s", match.id(), text).doesNotContain("en", "fr", "iu", "cr", "fr-CA");
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(10_000);
    }

    /**
     * The codes of the schemes that read differently from their labels, as a reason could show them
     * by mistake; a code that is also a word of the reasons' own sentences ("open to residents of…"),
     * or a label in lower case, cannot be told from it, and is left out.
     */
    private static Set<String> codes() {
        Bundle words = Bundle.of(Words.class, "match");
        Set<String> ours = new HashSet<>();
        for (Lang l : Lang.values()) {
            words.keys(l).forEach(k -> ours.addAll(tokens(words.template(k, l))));
        }
        Set<String> out = new HashSet<>();
        for (String scheme : SCHEMES) {
            for (Concept c : Vocabulary.standard().scheme(scheme).orElseThrow().concepts()) {
                // A stage's label is lower-case mid-sentence ("the mid-career stage"), where it reads as its code.
                // So is a target group's ("for equity-deserving groups"), whose code may be a word of its label.
                boolean word = tokens(c.label().en().toLowerCase(Locale.ROOT)).contains(c.code())
                        || tokens(c.label().fr().toLowerCase(Locale.ROOT)).contains(c.code());
                if (!c.code().equalsIgnoreCase(c.label().en()) && !c.code().equalsIgnoreCase(c.label().fr()) && !ours.contains(c.code()) && !word) {
                    out.add(c.code());
                }
            }
        }
        return out;
    }

    private static List<String> tokens(String text) {
        return List.of(text.split("[^\\p{L}\\p{N}-]+"));
    }
}
