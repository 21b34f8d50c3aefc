package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opdl.cli.exit.ExitCode;

@DisplayName("U11: a JSON-LD file named .json is refused with the fix to name it .jsonld or read it with --from jsonld")
class JsonLdNamedJsonTest {

    @Test
    @DisplayName("validate and convert name the file, the place of @graph and the fix, in both languages; --from jsonld reads it")
    void namedJson(@TempDir Path dir) throws IOException {
        Path jsonLd = dir.resolve("wide-lens.jsonld");
        Cli made = Cli.run("convert", Path.of(System.getProperty("opdl.root"), "docs", "examples", "cmpa-wide-lens.json").toString(), "--to", "jsonld", "-o", jsonLd.toString());
        assertThat(made.code()).as(made.err()).isEqualTo(ExitCode.OK);
        Path json = Files.copy(jsonLd, dir.resolve("wide-lens.json"));

        Cli validate = Cli.run("validate", json.toString());
        assertThat(validate.code()).isEqualTo(ExitCode.FINDINGS);
        assertThat(validate.out()).contains("opdl.syntax.json", json + ": line 3, column 14",
                "the file is JSON-LD, not OPDL JSON: its listings are in \"@graph\", which the JSON reader does not read",
                "name the file .jsonld, or read it with --from jsonld")
                .doesNotContain("is not a field of the standard", "opdl.structure.required");
        Cli fr = Cli.run("validate", json.toString(), "--lang", "fr");
        assertThat(fr.out()).contains("le fichier est du JSON-LD, pas du JSON OPDL",
                "nommez le fichier .jsonld, ou lisez-le avec --from jsonld");

        Cli convert = Cli.run("convert", json.toString(), "--to", "csv", "-o", dir.resolve("out.csv").toString());
        assertThat(convert.code()).isEqualTo(ExitCode.INPUT);
        assertThat(convert.err()).contains("line 3, column 14", "--from jsonld").doesNotContain("rename the field");
        assertThat(dir.resolve("out.csv")).doesNotExist();

        Cli read = Cli.run("validate", json.toString(), "--from", "jsonld", "--as-of", "2025-09-01");
        assertThat(read.code()).as(read.out()).isEqualTo(ExitCode.OK);
    }
}
