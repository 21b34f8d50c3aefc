package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opdl.cli.exit.ExitCode;

@DisplayName("opdl validate and opdl rules, run from the built jar as a process")
class ValidateIT {

    private static final String ROOT = System.getProperty("opdl.root", ".");

    @Test
    @DisplayName("a valid example passes, and an invalid one fails with a plain message in English and French")
    void validatesExamples() throws Exception {
        Cli ok = Cli.runJar("validate", ROOT + "/docs/examples/cmpa-production-mentorship.json", "--as-of", "2025-02-01",
                "--fail-on", "error");
        assertThat(ok.code()).isEqualTo(ExitCode.OK);
        assertThat(ok.out()).contains("Summary: 0 errors");
        Cli en = Cli.runJar("validate", ROOT + "/docs/examples/invalid/bad-email.json", "--as-of", "2025-02-01");
        assertThat(en.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(en.out()).contains("opdl.links.malformed-email").contains("is not an email address");
        Cli fr = Cli.runJar("validate", ROOT + "/docs/examples/invalid/bad-email.json", "--lang", "fr", "--format", "json");
        assertThat(fr.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(fr.json().at("/rules/0/findings/0/message").asString()).contains("n'est pas une adresse courriel");
        assertThat(fr.err()).doesNotContain("SLF4J");
    }

    @Test
    @DisplayName("a syntax error is a finding (exit 1) and a missing file is an input error (exit 3)")
    void syntaxAndMissing(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "[{\"id\": \"listing:nsi/lab\",\n \"title\": }]");
        Cli r = Cli.runJar("validate", broken.toString(), "--format", "sarif");
        assertThat(r.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(r.json().at("/runs/0/results/0/ruleId").asString()).isEqualTo("opdl.syntax.json");
        assertThat(r.json().at("/runs/0/results/0/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(2);
        Cli missing = Cli.runJar("validate", dir.resolve("none.json").toString());
        assertThat(missing.code()).isEqualTo(ExitCode.INPUT);
        assertThat(missing.errLines()).singleElement().asString().contains("none.json");
    }

    @Test
    @DisplayName("--rule overrides severities, an unknown rule id is a usage error, and --fail-on sets the threshold")
    void control() throws Exception {
        String file = ROOT + "/docs/examples/invalid/bad-email.json";
        assertThat(Cli.runJar("validate", file, "--rule", "opdl.links.malformed-email=off", "--rule",
                "opdl.money.placement-without-stipend=off", "--rule", "opdl.stage.wording-unmapped=off").code())
                .isEqualTo(ExitCode.OK);
        Cli unknown = Cli.runJar("validate", file, "--rule", "opdl.links.malformed-mail=off");
        assertThat(unknown.code()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).contains("did you mean opdl.links.malformed-email?");
        assertThat(Cli.runJar("validate", ROOT + "/docs/examples/cmpa-production-mentorship.json", "--as-of",
                "2025-02-01", "--fail-on", "info").code()).isIn(ExitCode.OK, ExitCode.FINDINGS);
    }

    @Test
    @DisplayName("opdl rules lists every rule with its examples, in both languages")
    void rules() throws Exception {
        Cli json = Cli.runJar("rules", "--format", "json", "--lang", "fr");
        assertThat(json.code()).isEqualTo(ExitCode.OK);
        assertThat(json.json().get("count").asInt()).isGreaterThanOrEqualTo(30);
        assertThat(json.json().at("/rules/0/examples")).isNotEmpty();
        assertThat(Cli.runJar("rules").out()).contains("opdl.dates.order").contains("Fails  fail-end-before-start");
    }
}
