package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opdl.cli.exit.ExitCode;

@DisplayName("opdl report")
class ReportCommandTest {

    private static final Path ROOT = Path.of(System.getProperty("opdl.root", ".."));
    private static final String SAMPLE = ROOT.resolve("docs/data/programs-0.2.json").toString();
    private static final String EXAMPLE = ROOT.resolve("docs/examples/cmpa-production-mentorship.json").toString();
    private static final String INVALID = ROOT.resolve("docs/examples/invalid/bad-email.json").toString();

    @Nested
    @DisplayName("on the sample dataset")
    class Sample {

        @Test
        @DisplayName("writes Markdown with the figures beside the industry report's")
        void markdown() {
            Cli r = Cli.run("report", SAMPLE, "--format", "md", "--as-of", "2026-12-05");
            assertThat(r.code()).isEqualTo(ExitCode.OK);
            assertThat(r.out()).contains("counts the 44 listings").contains("| Mentorships and internships | over 50% |");
            assertThat(r.err()).contains("reported 44 listings; 0 left out for errors");
        }

        @Test
        @DisplayName("writes the HTML page in French to a file")
        void htmlFile(@TempDir Path dir) throws IOException {
            Path out = dir.resolve("paysage.html");
            Cli r = Cli.run("report", SAMPLE, "-o", out.toString(), "--lang", "fr", "--as-of", "2026-12-05");
            assertThat(r.code()).isEqualTo(ExitCode.OK);
            assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>").contains("<html lang=\"fr\">").contains("<svg");
        }

        @Test
        @DisplayName("writes every figure as JSON")
        void json() {
            Cli r = Cli.run("report", SAMPLE, "--format", "json", "--as-of", "2026-12-05");
            assertThat(r.code()).isEqualTo(ExitCode.OK);
            assertThat(r.json().at("/distributions/program-type/counts/mentorship").asLong()).isPositive();
            assertThat(r.json().at("/included").asLong()).isEqualTo(44);
        }
    }

    @Nested
    @DisplayName("on bad input")
    class Bad {

        @Test
        @DisplayName("still reports a dataset with errors, and says how many listings it left out and why")
        void errors() {
            Cli r = Cli.run("report", EXAMPLE, INVALID, "--format", "md");
            assertThat(r.code()).isEqualTo(ExitCode.OK);
            assertThat(r.out()).contains("1 listing with an error was left out").contains("| opdl.links.malformed-email | 1 |");
            assertThat(r.err()).contains("reported 1 listing; 1 left out for an error");
        }

        @Test
        @DisplayName("counts the listings reported and left out in each language's number, grouped")
        void countsInWords() {
            Cli fr = Cli.run("report", EXAMPLE, INVALID, "--format", "md", "--lang", "fr");
            assertThat(fr.err()).contains("opdl : rapport de 1 fiche; 1 écartée pour erreur").doesNotContain("(s)");
            Cli en = Cli.run("report", SAMPLE, "--format", "md");
            assertThat(en.err()).contains("reported 44 listings; 0 left out for errors").doesNotContain("(s)");
        }

        @Test
        @DisplayName("refuses an empty dataset with exit 3")
        void empty(@TempDir Path dir) throws IOException {
            Path empty = Files.writeString(dir.resolve("empty.json"), "[]");
            Cli r = Cli.run("report", empty.toString());
            assertThat(r.code()).isEqualTo(ExitCode.INPUT);
            assertThat(r.err()).contains("holds no listing");
        }

        @Test
        @DisplayName("U5: what a reader changed on the way (a Windows-1252 CSV read as such) is printed, as convert prints it")
        void readerNotes(@TempDir Path dir) throws IOException {
            Path csv = Files.write(dir.resolve("spira.csv"), ("Listing ID,Title (fr),Program page,Program types\r\n"
                    + "listing:spira/mentorat,Mentorat à Montréal,https://spira.quebec/,mentorship\r\n")
                    .getBytes(java.nio.charset.Charset.forName("windows-1252")));
            Cli r = Cli.run("report", csv.toString(), "--format", "md", "--as-of", "2026-12-05");
            assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
            assertThat(r.err()).contains("warning opdl.csv.encoding: " + csv + ": ").contains("Windows-1252").contains("reported");
            Cli quiet = Cli.run("report", csv.toString(), "--format", "md", "--as-of", "2026-12-05", "--quiet");
            assertThat(quiet.err()).doesNotContain("opdl.csv.encoding");
        }

        @Test
        @DisplayName("H4: a file cut off mid-listing stops the report with its place, rather than leaving the file out")
        void cutOff(@TempDir Path dir) throws IOException {
            Path cut = Files.writeString(dir.resolve("coupe.json"), "[{\"id\": \"listing:spira/mentorat\",\n \"title\": {\"fr\": \"Mentorat\"}\n");
            Path out = Files.writeString(dir.resolve("paysage.md"), "last season's report");
            Cli r = Cli.run("report", EXAMPLE, cut.toString(), "--format", "md", "-o", out.toString(), "--force");
            assertThat(r.code()).isEqualTo(ExitCode.INPUT);
            assertThat(r.err()).contains("coupe.json: line 3").contains("no report was written").doesNotContain("reported");
            assertThat(Files.readString(out)).isEqualTo("last season's report");
            Cli fr = Cli.run("report", cut.toString(), "--lang", "fr");
            assertThat(fr.code()).isEqualTo(ExitCode.INPUT);
            assertThat(fr.err()).contains("coupe.json : ligne 3").contains("aucun rapport n'a été écrit").doesNotContain("aucune fiche");
        }

        @Test
        @DisplayName("V4: refuses a file written for 0.1, alone or beside a 0.2 file, whose fees it would misread, with nothing written")
        void earlierVersion(@TempDir Path dir) throws IOException {
            String old = ROOT.resolve("schema/src/test/resources/org/opdl/schema/migrate/v0.1/dataset.json").toString();
            Path out = Files.writeString(dir.resolve("paysage.md"), "last season's report");
            Cli r = Cli.run("report", SAMPLE, old, "--format", "md", "-o", out.toString(), "--force");
            assertThat(r.code()).isEqualTo(ExitCode.INPUT);
            assertThat(r.err()).contains(old + " is written for OPDL 0.1").contains("no report was written")
                    .contains("opdl migrate " + old + " -o").doesNotContain("reported");
            assertThat(Files.readString(out)).isEqualTo("last season's report");
            Cli fr = Cli.run("report", old, "--lang", "fr", "--format", "md");
            assertThat(fr.code()).isEqualTo(ExitCode.INPUT);
            assertThat(fr.err()).contains("est écrit pour OPDL 0.1").contains("aucun rapport n'a été écrit");
            assertThat(fr.out()).isEmpty();
        }

        @Test
        @DisplayName("refuses an unknown form with exit 2")
        void form() {
            Cli r = Cli.run("report", SAMPLE, "--format", "pdf");
            assertThat(r.code()).isEqualTo(ExitCode.USAGE);
            assertThat(r.err()).contains("--format must be html, md or json");
        }
    }
}
