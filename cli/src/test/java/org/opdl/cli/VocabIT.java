package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.cli.exit.ExitCode;
import tools.jackson.databind.JsonNode;

@DisplayName("opdl vocab, run from the built jar as a process")
class VocabIT {

    @Test
    @DisplayName("looks up \"emerging and mid-level\": emerging exact, mid-career close")
    void cmpaWording() throws Exception {
        Cli r = Cli.runJar("vocab", "--lookup", "emerging and mid-level");
        assertThat(r.code()).isEqualTo(ExitCode.OK);
        assertThat(r.out().lines()).containsExactly(
                "exact     career-stage/emerging — Emerging (crosswalk \"emerging\")",
                "close     career-stage/mid-career — Mid-career (crosswalk \"mid-level\")");
        JsonNode j = Cli.runJar("vocab", "career-stage", "--lookup", "emerging and mid-level", "--format", "json").json();
        assertThat(j.get("matches")).hasSize(2);
        assertThat(j.at("/matches/1/match").asString()).isEqualTo("close");
    }

    @Test
    @DisplayName("looks up French wording regardless of case and accents, and prints French")
    void french() throws Exception {
        Cli r = Cli.runJar("vocab", "--lookup", "TOUS NIVEAUX", "--lang", "fr");
        assertThat(r.code()).isEqualTo(ExitCode.OK);
        assertThat(r.out().lines()).hasSize(5).allMatch(l -> l.startsWith("approché  career-stage/"));
        assertThat(Cli.runJar("vocab", "--lookup", "mi carriere", "--lang", "fr").out())
                .startsWith("exact     career-stage/mid-career — Mi-carrière");
    }

    @Test
    @DisplayName("exits 1 with the nearest labels when nothing matches")
    void nothing() throws Exception {
        Cli r = Cli.runJar("vocab", "--lookup", "emrging");
        assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.out()).contains("nearest labels: ").contains("Emerging");
        Cli fr = Cli.runJar("vocab", "career-stage", "--lookup", "emrging", "--lang", "fr");
        assertThat(fr.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(fr.out()).contains("libellés les plus proches : ");
    }

    @Test
    @DisplayName("lists the schemes and one scheme's concepts")
    void lists() throws Exception {
        assertThat(Cli.runJar("vocab").out()).contains("career-stage").contains("stipend-period");
        Cli topic = Cli.runJar("vocab", "region", "--format", "json", "--lang", "fr");
        assertThat(topic.code()).isEqualTo(ExitCode.OK);
        assertThat(topic.json().get("label").asString()).isEqualTo("Région");
    }

    @Test
    @DisplayName("rejects an unknown scheme with exit 2 and the valid schemes, in both languages")
    void unknownScheme() throws Exception {
        Cli en = Cli.runJar("vocab", "stages");
        assertThat(en.code()).isEqualTo(ExitCode.USAGE);
        assertThat(en.errLines()).singleElement().asString().contains("unknown scheme \"stages\"")
                .contains("career-stage, program-type");
        Cli fr = Cli.runJar("vocab", "stages", "--lang", "fr");
        assertThat(fr.code()).isEqualTo(ExitCode.USAGE);
        assertThat(fr.errLines()).singleElement().asString().contains("vocabulaire inconnu « stages »");
    }
}
