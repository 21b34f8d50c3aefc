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

@DisplayName("opdl migrate of a file whose version is not the text 0.1")
class MigrateVersionTest {

    @Test
    @DisplayName("V10: a version written as the number 0.1 is named as a number, with the quotes to add, in both languages")
    void number(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("spira-2025.json"), "{\"standardVersion\": 0.1, \"listings\": []}");
        Cli r = Cli.run("migrate", file.toString());
        assertThat(r.code()).isEqualTo(ExitCode.INPUT);
        assertThat(r.err()).contains("/standardVersion: the version is written 0.1, a number")
                .contains("write \"standardVersion\": \"0.1\", in quotes").doesNotContain("reads version 0.1 only");
        Cli fr = Cli.run("migrate", file.toString(), "--lang", "fr");
        assertThat(fr.err()).contains("la version est écrite 0.1, un nombre");
    }

    @Nested
    @DisplayName("K22: a season in 0.2 in fact, whose listings give their fees, that declares no version")
    class Undeclared {

        private static final Path EXAMPLES = Path.of(System.getProperty("opdl.root"), "docs/examples");

        /** Hot Docs' two listings, which give their fees, as one NDJSON line each without their context. */
        private Path season(Path dir) throws IOException {
            StringBuilder lines = new StringBuilder();
            for (String name : new String[] {"hot-docs-forum.json", "doc-business-leap.json"}) {
                String listing = Files.readString(EXAMPLES.resolve(name), StandardCharsets.UTF_8);
                assertThat(listing).contains("\"fees\"");
                lines.append(listing.replaceAll("\"@context\":\\s*\"[^\"]*\",", "").replaceAll("\\s*\\n\\s*", " ")).append('\n');
            }
            return Files.writeString(dir.resolve("hot-docs-2026.ndjson"), lines.toString(), StandardCharsets.UTF_8);
        }

        @Test
        @DisplayName("says it was read as 0.1 for want of a version, written unchanged, and how to declare it, not \"0 changes\"")
        void toldWhatWasFoundAndDone(@TempDir Path dir) throws IOException {
            Path in = season(dir);
            Path out = dir.resolve("migrated.ndjson");
            Cli r = Cli.run("migrate", in.toString(), "-o", out.toString());
            assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
            assertThat(r.err()).contains("opdl: 2 listings written unchanged (ndjson to ndjson)")
                    .contains("the file declares no version of the standard, so it was read as version 0.1")
                    .contains("nothing in it reads otherwise in version 0.2")
                    .contains("to declare it, give the dataset \"standardVersion\": \"0.2\"")
                    .doesNotContain("0 changes").doesNotContain("migrated");
            assertThat(Files.readString(out, StandardCharsets.UTF_8).replaceAll("\\s", ""))
                    .as("the same listings, in the same words").isEqualTo(Files.readString(in, StandardCharsets.UTF_8).replaceAll("\\s", ""));
            Cli fr = Cli.run("migrate", in.toString(), "--lang", "fr");
            assertThat(fr.err()).contains("opdl : 2 fiches écrites sans changement (ndjson en ndjson)")
                    .contains("le fichier ne déclare aucune version de la norme, il a donc été lu en version 0.1");
        }

        @Test
        @DisplayName("one listing without fees is still migrated as 0.1 read it, and counted as a change")
        void withoutFeesIsMigrated(@TempDir Path dir) throws IOException {
            Path in = season(dir);
            String withoutFees = Files.readString(in, StandardCharsets.UTF_8).lines().findFirst().orElseThrow()
                    .replaceAll("\"fees\":\\s*\\[[^\\]]*\\],?", "");
            assertThat(withoutFees).doesNotContain("\"fees\"");
            Files.writeString(in, withoutFees + "\n", StandardCharsets.UTF_8);
            Cli r = Cli.run("migrate", in.toString());
            assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
            assertThat(r.err()).contains("opdl: migrated 1 listing from 0.1 to 0.2 (ndjson to ndjson), 1 change");
            assertThat(r.out()).contains("no-fees");
        }
    }
}
