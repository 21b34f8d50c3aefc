package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opdl.cli.exit.ExitCode;

@DisplayName("opdl migrate and the deprecated codes opdl standard diff tells of; a file of two versions")
class MigrateDeprecatedCodesTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("opdl.root"), "docs/examples");
    private static final Path V01 = Path.of(System.getProperty("opdl.root"), "schema/src/test/resources/org/opdl/schema/migrate/v0.1");

    @Nested
    @DisplayName("K6: a file already in 0.2 that uses a deprecated code")
    class Current {

        @Test
        @DisplayName("has the code replaced by its successor, its fees left alone, and a summary that says so in both languages")
        void replaced(@TempDir Path dir) throws IOException {
            Path in = EXAMPLES.resolve("banff-spark-accelerator.json");
            assertThat(Files.readString(in)).contains("\"workshop-webinar\"");
            Path out = dir.resolve("banff.json");
            Cli r = Cli.run("migrate", in.toString(), "-o", out.toString(), "-v");
            assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
            assertThat(r.err()).contains("opdl: 1 listing already in version 0.2 (json to json), 1 change of deprecated codes")
                    .contains("workshop-webinar became masterclass-workshop, the code that replaces it in the standard");
            String migrated = Files.readString(out, StandardCharsets.UTF_8);
            assertThat(migrated).doesNotContain("workshop-webinar").contains("\"masterclass-workshop\"");
            assertThat(migrated.replace("\"masterclass-workshop\"", "\"workshop-webinar\"").replaceAll("\\s", ""))
                    .as("nothing else changed, the one listing written as a list of one")
                    .isEqualTo("[" + Files.readString(in, StandardCharsets.UTF_8).replaceAll("\\s", "") + "]");
            Cli fr = Cli.run("migrate", in.toString(), "--lang", "fr", "-v");
            assertThat(fr.err()).contains("opdl : 1 fiche déjà en version 0.2 (json en json), 1 changement de codes dépréciés")
                    .contains("workshop-webinar est devenu masterclass-workshop");
        }

        @Test
        @DisplayName("without any deprecated code is still refused: there is nothing to migrate")
        void nothing(@TempDir Path dir) {
            Cli r = Cli.run("migrate", EXAMPLES.resolve("cfc-producers-lab.json").toString(), "-o", dir.resolve("o.json").toString());
            assertThat(r.code()).isEqualTo(ExitCode.INPUT);
            assertThat(r.err()).contains("/@context").contains("already in version 0.2 of the standard and uses no deprecated code");
            assertThat(dir.resolve("o.json")).doesNotExist();
        }
    }

    @Nested
    @DisplayName("K7: an NDJSON file whose listings declare 0.1 and 0.2")
    class Mixed {

        private Path mixed(Path dir, String first, String second) throws IOException {
            String a = Files.readString(V01.resolve(first)).replaceAll("\\s*\\n\\s*", " ");
            String b = Files.readString(EXAMPLES.resolve(second)).replaceAll("\\s*\\n\\s*", " ");
            return Files.writeString(dir.resolve("season.ndjson"), a + "\n" + b + "\n");
        }

        @Test
        @DisplayName("is refused at the second listing's context, naming both versions and the split, not called already 0.2")
        void refused(@TempDir Path dir) throws IOException {
            Path in = mixed(dir, "cmpa-star-webinars.json", "cfc-producers-lab.json");
            Path out = dir.resolve("out.ndjson");
            Cli r = Cli.run("migrate", in.toString(), "-o", out.toString());
            assertThat(r.code()).isEqualTo(ExitCode.INPUT);
            assertThat(r.err()).contains("line 2").contains("/@context (listing 2)")
                    .contains("version 0.2 is declared here, while the file declared version 0.1 before")
                    .contains("split the file by version and migrate the part in version 0.1")
                    .doesNotContain("nothing to migrate").doesNotContain("use the file as it is");
            assertThat(out).doesNotExist();
            Cli fr = Cli.run("migrate", in.toString(), "-o", out.toString(), "--lang", "fr");
            assertThat(fr.err()).contains("la version 0.2 est déclarée ici, alors que le fichier a déclaré la version 0.1 plus haut");
        }
    }
}
