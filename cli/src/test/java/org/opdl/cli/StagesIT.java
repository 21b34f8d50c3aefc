package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.cli.exit.ExitCode;

@DisplayName("opdl stages and --version, run from the built jar as a process")
class StagesIT {

    @Test
    @DisplayName("prints the scale in English and French")
    void stages() throws Exception {
        Cli en = Cli.runJar("stages");
        assertThat(en.code()).isEqualTo(ExitCode.OK);
        assertThat(en.out()).contains("1. Entry [entry]").contains("5. Established [established]");
        Cli fr = Cli.runJar("stages", "--lang", "fr", "--format", "json");
        assertThat(fr.code()).isEqualTo(ExitCode.OK);
        assertThat(fr.json().at("/stages/3/label").asString()).isEqualTo("Mi-carrière");
    }

    @Test
    @DisplayName("prints the version and rejects an unknown command with exit 2")
    void versionAndUnknown() throws Exception {
        assertThat(Cli.runJar("--version").out()).startsWith("opdl 0.1.0");
        Cli r = Cli.runJar("classfy");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.errLines()).singleElement().asString().contains("classfy").contains("did you mean classify")
                .doesNotContain("Exception");
    }
}
