package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.cli.exit.ExitCode;
import tools.jackson.databind.JsonNode;

@DisplayName("opdl stages")
class StagesCommandTest {

    @Test
    @DisplayName("prints the five stages in order with their minimums")
    void text() {
        Cli r = Cli.run("stages");
        assertThat(r.code()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("1. Entry [entry]", "5. Established [established]")
                .contains("Minimums: ≥ 3 professional producing credits and ≥ 5 years of professional practice");
    }

    @Test
    @DisplayName("prints French and JSON")
    void frenchJson() {
        assertThat(Cli.run("stages", "--lang", "fr").out()).contains("4. Mi-carrière [mid-career]").contains("Minimums : aucun");
        JsonNode j = Cli.run("stages", "--format", "json").json();
        assertThat(j.get("stages")).hasSize(5);
        assertThat(j.at("/stages/4/minimums/professionalCredits").asInt()).isEqualTo(6);
        assertThat(j.at("/stages/4/minimums/yearsOfPractice").asInt()).isEqualTo(10);
    }

    @Test
    @DisplayName("rejects an unknown language or format with one line and exit 2")
    void bad() {
        Cli r = Cli.run("stages", "--lang", "xx");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.errLines()).hasSize(1);
        Cli f = Cli.run("stages", "--format", "yaml", "--lang", "fr");
        assertThat(f.code()).isEqualTo(ExitCode.USAGE);
        assertThat(f.errLines()).singleElement().asString().startsWith("opdl : --format : valeur inconnue « yaml », utilisez text, json")
                .doesNotContain("Exception");
    }

    @Test
    @DisplayName("prints help and the version")
    void helpVersion() {
        assertThat(Cli.run("--help").out()).contains("classify").contains("vocab").contains("Exit codes:");
        assertThat(Cli.run("--version").out()).startsWith("opdl ");
        assertThat(Cli.run("classify", "--help").code()).isEqualTo(ExitCode.OK);
    }
}
