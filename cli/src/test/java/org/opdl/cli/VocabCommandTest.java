package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opdl.cli.exit.ExitCode;
import org.opdl.model.vocab.Vocabulary;
import tools.jackson.databind.JsonNode;

@DisplayName("opdl vocab")
class VocabCommandTest {

    @Nested
    @DisplayName("lists")
    class Lists {

        @Test
        @DisplayName("every scheme with its version, label and number of concepts")
        void schemes() {
            Cli r = Cli.run("vocab");
            assertThat(r.code()).isEqualTo(ExitCode.OK);
            assertThat(r.out().lines()).hasSize(Vocabulary.standard().schemes().size());
            assertThat(r.out()).containsPattern("career-stage +\\d+\\.\\d+\\.\\d+ +Career stage \\(5 concepts\\)");
            JsonNode j = Cli.run("vocab", "--format", "json", "--lang", "fr").json();
            assertThat(j.at("/schemes/0/id").asString()).isEqualTo("career-stage");
            assertThat(j.at("/schemes/0/label").asString()).isEqualTo("Stade de carrière");
            assertThat(j.at("/schemes/0/concepts").asInt()).isEqualTo(5);
            assertThat(j.at("/schemes/0/ordered").asBoolean()).isTrue();
        }

        @Test
        @DisplayName("the concepts of one scheme with definitions, alternative labels and mappings")
        void concepts() {
            Cli r = Cli.run("vocab", "career-stage");
            assertThat(r.code()).isEqualTo(ExitCode.OK);
            assertThat(r.out()).contains("mid-career — Mid-career").contains("Also: mid-level")
                    .contains("Close match: screenskills:");
            Cli fr = Cli.run("vocab", "career-stage", "--lang", "fr");
            assertThat(fr.out()).contains("mid-career — Mi-carrière").contains("Aussi : ");
        }

        @Test
        @DisplayName("deprecated concepts with what replaces them, in JSON too")
        void deprecated() {
            var deprecated = Vocabulary.standard().schemes().stream().flatMap(s -> s.concepts().stream())
                    .filter(c -> c.deprecated()).findFirst().orElseThrow();
            Cli r = Cli.run("vocab", deprecated.scheme());
            assertThat(r.out()).contains("Deprecated: replaced by " + deprecated.replacedBy().orElseThrow());
            JsonNode j = Cli.run("vocab", deprecated.scheme(), "--format", "json").json();
            JsonNode c = null;
            for (JsonNode n : j.get("concepts")) {
                if (n.get("code").asString().equals(deprecated.code())) {
                    c = n;
                }
            }
            assertThat(c).isNotNull();
            assertThat(c.get("deprecated").asBoolean()).isTrue();
            assertThat(c.get("replacedBy").asString()).isEqualTo(deprecated.replacedBy().orElseThrow());
            assertThat(c.get("iri").asString()).isEqualTo(deprecated.iri());
        }
    }

    @Nested
    @DisplayName("looks up")
    class Looks {

        @Test
        @DisplayName("\"emerging and mid-level\" as emerging (exact) and mid-career (close)")
        void cmpa() {
            Cli r = Cli.run("vocab", "--lookup", "emerging and mid-level");
            assertThat(r.code()).isEqualTo(ExitCode.OK);
            assertThat(r.out().lines()).containsExactly(
                    "exact     career-stage/emerging — Emerging (crosswalk \"emerging\")",
                    "close     career-stage/mid-career — Mid-career (crosswalk \"mid-level\")");
            JsonNode j = Cli.run("vocab", "career-stage", "--lookup", "emerging and mid-level", "--format", "json").json();
            assertThat(j.get("found").asBoolean()).isTrue();
            assertThat(j.at("/matches/0/code").asString()).isEqualTo("emerging");
            assertThat(j.at("/matches/0/match").asString()).isEqualTo("exact");
            assertThat(j.at("/matches/1/code").asString()).isEqualTo("mid-career");
            assertThat(j.at("/matches/1/match").asString()).isEqualTo("close");
            assertThat(j.get("matches")).hasSize(2);
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"Émergent", "EMERGENT", "emergent"})
        @DisplayName("French wording regardless of case and accents")
        void french(String text) {
            Cli r = Cli.run("vocab", "--lookup", text, "--lang", "fr");
            assertThat(r.code()).isEqualTo(ExitCode.OK);
            assertThat(r.out()).startsWith("exact     career-stage/emerging — Émergent (table de correspondance « ");
        }

        @Test
        @DisplayName("a code or label of another scheme, in either language")
        void otherSchemes() {
            assertThat(Cli.run("vocab", "--lookup", "Colombie-Britannique").out()).contains("region/CA-BC — British Columbia");
            assertThat(Cli.run("vocab", "region", "--lookup", "bc", "--format", "json").json().at("/matches/0/via").asString())
                    .isEqualTo("alt-label");
            assertThat(Cli.run("vocab", "delivery-mode", "--lookup", "ONLINE").code()).isEqualTo(ExitCode.OK);
        }

        @Test
        @DisplayName("reports the part of a wording that names no stage")
        void partial() {
            Cli r = Cli.run("vocab", "career-stage", "--lookup", "emerging and qualified");
            assertThat(r.code()).isEqualTo(ExitCode.OK);
            assertThat(r.out()).contains("career-stage/emerging").contains("unmapped \"qualified\": names no career stage");
        }

        @Test
        @DisplayName("nothing for a typo: exit 1 and the nearest labels, in both languages")
        void typo() {
            Cli r = Cli.run("vocab", "--lookup", "emrging");
            assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
            assertThat(r.out().lines()).singleElement().asString()
                    .startsWith("no concept matches \"emrging\"; nearest labels: ").contains("Emerging");
            Cli fr = Cli.run("vocab", "--lookup", "emrging", "--lang", "fr");
            assertThat(fr.code()).isEqualTo(ExitCode.FINDINGS);
            assertThat(fr.out()).startsWith("aucun concept ne correspond à « emrging »; libellés les plus proches : ");
            JsonNode j = Cli.run("vocab", "--lookup", "emrging", "--format", "json").json();
            assertThat(j.get("found").asBoolean()).isFalse();
            assertThat(j.get("suggestions").toString()).contains("Emerging");
        }

        @Test
        @DisplayName("a criterion names no stage: exit 1, and the criterion is said to be left to the bounds")
        void criterion() {
            Cli r = Cli.run("vocab", "career-stage", "--lookup", "no experience needed");
            assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
            assertThat(r.out()).contains("criterion \"no experience needed\": left to the eligibility bounds");
            Cli fr = Cli.run("vocab", "career-stage", "--lookup", "aucune expérience requise", "--lang", "fr");
            assertThat(fr.out()).contains("critère « aucune expérience requise » : laissé aux bornes d'admissibilité");
        }

        @Test
        @DisplayName("student wording names the entry stage in the career-stage scheme")
        void students() {
            Cli r = Cli.run("vocab", "career-stage", "--lookup", "film students");
            assertThat(r.code()).isEqualTo(ExitCode.OK);
            assertThat(r.out()).startsWith("close     career-stage/entry — Entry (crosswalk \"students\")");
        }

        @Test
        @DisplayName("a word of another scheme is not found in the career-stage scheme")
        void wrongScheme() {
            assertThat(Cli.run("vocab", "career-stage", "--lookup", "online").code()).isEqualTo(ExitCode.FINDINGS);
        }
    }

    @Nested
    @DisplayName("rejects with one line and exit 2")
    class Rejects {

        @Test
        @DisplayName("an unknown scheme, listing the valid ones")
        void unknownScheme() {
            Cli r = Cli.run("vocab", "regoin");
            assertThat(r.code()).isEqualTo(ExitCode.USAGE);
            assertThat(r.errLines()).singleElement().asString()
                    .startsWith("opdl: unknown scheme \"regoin\" (did you mean region?); the schemes are: career-stage, ");
            Cli fr = Cli.run("vocab", "nothing", "--lookup", "x", "--lang", "fr");
            assertThat(fr.code()).isEqualTo(ExitCode.USAGE);
            assertThat(fr.errLines()).singleElement().asString().startsWith("opdl : vocabulaire inconnu « nothing »; les vocabulaires sont : ");
            assertThat(Cli.run("vocab", "regoin", "--lang", "fr").errLines()).singleElement().asString()
                    .startsWith("opdl : vocabulaire inconnu « regoin » (vouliez-vous dire region?); les vocabulaires sont : ");
        }

        @Test
        @DisplayName("an unknown language")
        void unknownLanguage() {
            Cli r = Cli.run("vocab", "--lang", "es");
            assertThat(r.code()).isEqualTo(ExitCode.USAGE);
            assertThat(r.errLines()).containsExactly("opdl: unknown language \"es\": use --lang en or --lang fr");
        }

        @Test
        @DisplayName("an empty or overlong lookup")
        void badLookup() {
            for (String text : new String[] {" ", "x".repeat(5000)}) {
                for (String lang : new String[] {"en", "fr"}) {
                    Cli r = Cli.run("vocab", "--lookup", text, "--lang", lang);
                    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
                    assertThat(r.errLines()).singleElement().asString().contains("--lookup");
                }
            }
        }

        @Test
        @DisplayName("an extra argument, in French when asked")
        void extra() {
            Cli r = Cli.run("vocab", "region", "topic", "--lang", "fr");
            assertThat(r.code()).isEqualTo(ExitCode.USAGE);
            assertThat(r.errLines()).singleElement().asString().startsWith("opdl : argument inconnu : topic");
        }
    }
}
