package org.opdl.model.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opdl.model.text.Folding;
import org.opdl.model.text.Lang;

/** Checks the vocabulary's data, whatever its content: every test is driven by the CSV tables. */
@DisplayName("The vocabulary data")
class VocabularyDataTest {

    static final Vocabulary VOCABULARY = Vocabulary.standard();

    static Stream<ConceptScheme> schemes() {
        return VOCABULARY.schemes().stream();
    }

    static Stream<Concept> concepts() {
        return schemes().flatMap(s -> s.concepts().stream());
    }

    static Stream<Arguments> altLabels() {
        List<Arguments> out = new ArrayList<>();
        concepts().forEach(c -> {
            for (Lang lang : Lang.values()) {
                c.altLabels(lang).forEach(alt -> out.add(Arguments.of(c.scheme() + "/" + c.code(), lang, alt, c)));
            }
        });
        return out.stream();
    }

    @Test
    @DisplayName("holds the thirteen schemes the standard names, each with a version")
    void schemeIds() {
        assertThat(VOCABULARY.schemeIds()).containsExactlyInAnyOrder("career-stage", "program-type", "delivery-mode",
                "topic", "target-group", "region", "participation-unit", "recurrence", "listing-status",
                "time-commitment", "fee-type", "stipend-period", "residency-status",
                "explicit-none", "credit-kind", "role", "project-stage", "session-frequency", "season", "outcome");
        schemes().forEach(s -> assertThat(s.version()).as(s.id()).matches("\\d+\\.\\d+\\.\\d+"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemes")
    @DisplayName("every scheme has a label and a definition in both languages, concepts and unique codes")
    void scheme(ConceptScheme s) {
        assertThat(s.label().hasBlank()).as("label of %s", s.id()).isFalse();
        assertThat(s.definition().hasBlank()).as("definition of %s", s.id()).isFalse();
        assertThat(s.concepts()).isNotEmpty();
        assertThat(new HashSet<>(s.codes())).as("codes of %s repeat", s.id()).hasSameSizeAs(s.codes());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("concepts")
    @DisplayName("every concept has a label and a definition in English and French")
    void labelsAndDefinitions(Concept c) {
        assertThat(c.label().hasBlank()).as("label of %s/%s in en or fr", c.scheme(), c.code()).isFalse();
        assertThat(c.definition().hasBlank()).as("definition of %s/%s in en or fr", c.scheme(), c.code()).isFalse();
        assertThat(c.code()).matches("[A-Za-z0-9]+(-[A-Za-z0-9]+)*");
        assertThat(c.iri()).isEqualTo(Iris.VOCAB + c.scheme() + "/" + c.code());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("concepts")
    @DisplayName("every broader and replaced-by code is a concept of the same scheme")
    void links(Concept c) {
        ConceptScheme s = VOCABULARY.scheme(c.scheme()).orElseThrow();
        c.broader().ifPresent(b -> assertThat(s.concept(b)).as("broader of %s", c.code()).isPresent());
        c.replacedBy().ifPresent(r -> {
            assertThat(s.concept(r)).as("replaced_by of %s", c.code()).isPresent();
            assertThat(s.concept(r).orElseThrow().deprecated()).as("%s is replaced by a deprecated concept", c.code())
                    .isFalse();
        });
        if (c.deprecated()) {
            assertThat(c.replacedBy()).as("deprecated %s/%s says what replaces it", c.scheme(), c.code()).isPresent();
        } else {
            assertThat(c.replacedBy()).as("%s/%s is replaced but not deprecated", c.scheme(), c.code()).isEmpty();
        }
        c.mappings().forEach(m -> assertThat(m.iri()).startsWith("http"));
    }

    @ParameterizedTest(name = "{0} {1}: \"{2}\"")
    @MethodSource("altLabels")
    @DisplayName("every alternative label, in both languages, is found by a lookup")
    void altLabelFound(String name, Lang lang, String alt, Concept c) {
        assertThat(VOCABULARY.lookup(alt, Optional.of(c.scheme())).matches())
                .extracting(Lookup.Match::concept).contains(c);
        assertThat(VOCABULARY.lookup(alt.toUpperCase(lang.locale()), Optional.empty()).matches())
                .extracting(Lookup.Match::concept).contains(c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("concepts")
    @DisplayName("every code and preferred label, in both languages, is found by a lookup")
    void labelsFound(Concept c) {
        for (String text : List.of(c.code(), c.label().en(), c.label().fr())) {
            assertThat(VOCABULARY.lookup(text, Optional.of(c.scheme())).matches())
                    .extracting(Lookup.Match::concept).as(text).contains(c);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemes")
    @DisplayName("no label names two concepts of one scheme")
    void unambiguous(ConceptScheme s) {
        List<String> clashes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Concept c : s.concepts()) {
            Set<String> own = new HashSet<>();
            own.add(Folding.fold(c.code()));
            for (Lang lang : Lang.values()) {
                own.add(Folding.fold(c.label().in(lang)));
                c.altLabels(lang).forEach(a -> own.add(Folding.fold(a)));
            }
            own.stream().filter(k -> !seen.add(k)).forEach(k -> clashes.add(c.code() + ": " + k));
        }
        assertThat(clashes).as("labels shared by concepts of %s", s.id()).isEmpty();
    }

    @Test
    @DisplayName("a lookup that matches nothing suggests the nearest labels instead of guessing")
    void suggestions() {
        Lookup.Result r = VOCABULARY.lookup("mentorhsip", Optional.of("program-type"));
        assertThat(r.found()).isFalse();
        assertThat(r.suggestions()).contains("Mentorship");
    }
}
