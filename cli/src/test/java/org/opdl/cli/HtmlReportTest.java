package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opdl.cli.exit.ExitCode;

@DisplayName("opdl validate --format html writes one page to send on")
class HtmlReportTest {

    private static final String ROOT = System.getProperty("opdl.root", "..");

    @Test
    @DisplayName("an invalid example gives a page with the summary, the finding and its fix, in English and French")
    void bothLanguages() {
        String file = ROOT + "/docs/examples/invalid/bad-email.json";
        Cli en = Cli.run("validate", file, "--as-of", "2025-02-01", "--format", "html");
        assertThat(en.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(en.out()).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">").contains("bad-email.json")
                .contains("opdl.links.malformed-email").contains("Standard version").doesNotContain("<script");
        Cli fr = Cli.run("validate", file, "--as-of", "2025-02-01", "--format", "html", "--lang", "fr");
        assertThat(fr.out()).contains("<html lang=\"fr\">").contains("Résumé").contains("Correctif : ");
    }

    @Test
    @DisplayName("a listing titled with a script tag is shown as text")
    void escapes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("hostile.json");
        String listing = Files.readString(Path.of(ROOT, "docs/examples/cmpa-production-mentorship.json"));
        Files.writeString(file, listing.replaceFirst("\"en\": \"[^\"]*\"", "\"en\": \"<script>alert(1)</script>\"")
                .replaceFirst("\"email\": \"[^\"]*\"", "\"email\": \"<script>alert(2)</script>\""));
        Cli r = Cli.run("validate", file.toString(), "--format", "html");
        assertThat(r.out()).doesNotContain("<script").contains("&lt;script&gt;alert(2)&lt;/script&gt;");
    }

    @Test
    @DisplayName("other commands refuse --format html")
    void onlyValidate() {
        Cli r = Cli.run("stages", "--format", "html");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("only opdl validate writes html");
    }
}
