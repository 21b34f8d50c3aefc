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

@DisplayName("opdl match")
class MatchCommandTest {

    private static final Path ROOT = Path.of(System.getProperty("opdl.root", ".."));
    private static final String SAMPLE = ROOT.resolve("docs/data/programs-0.2.json").toString();
    private static final String PROFILE = ROOT.resolve("docs/guides/profiles/emerging-quebec.json").toString();

    @Nested
    @DisplayName("on the sample dataset")
    class Sample {

        @Test
        @DisplayName("leaves closed programs out by default and says so")
        void closedLeftOut() {
            Cli r = Cli.run("match", "--profile", PROFILE, SAMPLE);
            assertThat(r.code()).isEqualTo(ExitCode.OK);
            assertThat(r.out()).contains("Your record is at the stage: Early career").doesNotContain("[early-career]").contains("44 closed or past their deadline left out");
        }

        @Test
        @DisplayName("with --include-closed, ranks the programs that fit with their reasons, in French")
        void includeClosed() {
            Cli r = Cli.run("match", "--profile", PROFILE, SAMPLE, "--include-closed", "--lang", "fr");
            assertThat(r.code()).isEqualTo(ExitCode.OK);
            assertThat(r.out()).contains("Programmes qui vous conviennent").contains("Talents en vue de Téléfilm Canada")
                    .contains("exige au moins 1 œuvre terminée, vous en avez 2");
        }

        @Test
        @DisplayName("writes JSON for other tools")
        void json() {
            Cli r = Cli.run("match", "--profile", PROFILE, SAMPLE, "--include-closed", "--format", "json");
            assertThat(r.code()).isEqualTo(ExitCode.OK);
            assertThat(r.json().get("stage").asString()).isEqualTo("early-career");
            assertThat(r.json().get("fits").size()).isPositive();
            assertThat(r.json().has("doNotFit")).isFalse();
        }

        @Test
        @DisplayName("with --all, lists every program that does not fit with its reasons, as many as it counts")
        void all() {
            Cli plain = Cli.run("match", "--profile", PROFILE, SAMPLE, "--include-closed", "--format", "json");
            Cli r = Cli.run("match", "--profile", PROFILE, SAMPLE, "--include-closed", "--format", "json", "--all");
            assertThat(r.code()).isEqualTo(ExitCode.OK);
            assertThat(r.json().get("doNotFit").size()).isEqualTo(r.json().get("notFitting").asInt()).isPositive();
            assertThat(r.json().get("doNotFit").get(0).get("verdict").asString()).isEqualTo("does-not-fit");
            assertThat(r.json().get("fits")).isEqualTo(plain.json().get("fits"));
            Cli text = Cli.run("match", "--profile", PROFILE, SAMPLE, "--include-closed", "--all", "--lang", "fr");
            assertThat(text.out()).contains("Programmes qui ne vous conviennent pas (" + r.json().get("notFitting").asInt() + ")");
            assertThat(Cli.run("match", "--profile", PROFILE, SAMPLE, "--include-closed").out()).doesNotContain("do not fit (");
        }
    }

    @Nested
    @DisplayName("lists the best programs for a producer to read")
    class Limit {

        @Test
        @DisplayName("with --limit 2, the first two of each kind in the rank of the JSON, and a count of the others")
        void limited() {
            Cli json = Cli.run("match", "--profile", PROFILE, SAMPLE, "--include-closed", "--format", "json", "--limit", "2");
            int fits = json.json().get("fits").size();
            assertThat(fits).as("--format json stays complete").isGreaterThan(2);
            Cli r = Cli.run("match", "--profile", PROFILE, SAMPLE, "--include-closed", "--limit", "2");
            assertThat(r.code()).isEqualTo(ExitCode.OK);
            String first = json.json().get("fits").get(0).get("title").asString();
            String third = json.json().get("fits").get(2).get("title").asString();
            assertThat(r.out()).contains("Programs that fit (" + fits + ")").contains("1. " + first).doesNotContain("3. " + third)
                    .contains("… and " + (fits - 2) + " more, not listed here (--limit N lists more, --all lists every one).");
            Cli fr = Cli.run("match", "--profile", PROFILE, SAMPLE, "--include-closed", "--limit", "2", "--lang", "fr");
            assertThat(fr.out()).contains("… et " + (fits - 2) + " autres, non listés ici");
        }

        @Test
        @DisplayName("with --all, every program that fits, and no count of others")
        void all() {
            Cli json = Cli.run("match", "--profile", PROFILE, SAMPLE, "--include-closed", "--format", "json");
            int fits = json.json().get("fits").size();
            Cli r = Cli.run("match", "--profile", PROFILE, SAMPLE, "--include-closed", "--all", "--limit", "1");
            assertThat(r.out()).contains(fits + ". " + json.json().get("fits").get(fits - 1).get("title").asString())
                    .doesNotContain("not listed here");
        }

        @Test
        @DisplayName("refuses a negative --limit with exit 2, in both languages")
        void negative() {
            Cli r = Cli.run("match", "--profile", PROFILE, SAMPLE, "--limit", "-1");
            assertThat(r.code()).isEqualTo(ExitCode.USAGE);
            assertThat(r.err()).contains("--limit -1 is negative");
            assertThat(Cli.run("match", "--profile", PROFILE, SAMPLE, "--limit", "-1", "--lang", "fr").err()).contains("--limit -1 est négatif");
        }
    }

    @Nested
    @DisplayName("on bad input")
    class Bad {

        @Test
        @DisplayName("refuses an impossible profile with exit 2, naming what is wrong")
        void impossible() {
            Cli r = Cli.run("match", "--profile", ROOT.resolve("docs/guides/profiles/impossible.json").toString(), SAMPLE);
            assertThat(r.code()).isEqualTo(ExitCode.USAGE);
            assertThat(r.err()).contains("credits (3) cannot be more than completed works (1)");
        }

        @Test
        @DisplayName("refuses a profile with a field written twice with exit 2, naming the file, the line and column, the key and the fix, in English and French")
        void keyWrittenTwice(@TempDir Path dir) throws IOException {
            Path profile = Files.writeString(dir.resolve("montreal-producer.json"), """
                    {"completedWorks": 2, "credits": 1, "yearsOfPractice": 3,
                     "region": "CA-QC", "languages": ["fr"], "credits": 4}
                    """);
            Cli r = Cli.run("match", "--profile", profile.toString(), SAMPLE);
            assertThat(r.code()).isEqualTo(ExitCode.USAGE);
            assertThat(r.err()).contains("montreal-producer.json").contains("line 2, column").contains("\"credits\" is written twice")
                    .contains("keep one of the two \"credits\" values").doesNotContain("Duplicate");
            Cli fr = Cli.run("match", "--profile", profile.toString(), SAMPLE, "--lang", "fr");
            assertThat(fr.err()).contains("montreal-producer.json").contains("à la ligne 2").contains("credits").doesNotContain("Duplicate")
                    .doesNotContain("written twice");
        }

        @Test
        @DisplayName("H7: tells the reader's errors, such as an unknown heading whose age limit it could not take into account")
        void readerErrors(@TempDir Path dir) throws IOException {
            Path csv = Files.writeString(dir.resolve("spira.csv"), "Listing ID,Title (fr),Âge minimum,Status\r\n"
                    + "listing:spira/mentorat,Mentorat Spira,35,open\r\n");
            Cli r = Cli.run("match", "--profile", PROFILE, csv.toString());
            assertThat(r.err()).contains("error opdl.csv.unknown-heading").contains("spira.csv: row 1, column \"Âge minimum\"");
            assertThat(r.out()).contains("Mentorat Spira");
        }

        @Test
        @DisplayName("U6: prints what the reader changed on the way (a guessed encoding, a formula-like cell), as merge does; not with --quiet")
        void readerNotes(@TempDir Path dir) throws IOException {
            Path csv = Files.write(dir.resolve("spira.csv"), ("Listing ID,Title (fr),Program page,Program types\r\n"
                    + "listing:spira/mentorat,=Mentorat à Montréal,https://spira.quebec/,mentorship\r\n")
                    .getBytes(java.nio.charset.Charset.forName("windows-1252")));
            Cli r = Cli.run("match", "--profile", PROFILE, csv.toString(), "--include-closed");
            assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
            assertThat(r.err()).contains("warning opdl.csv.encoding: " + csv + ": ").contains("Windows-1252")
                    .contains("warning opdl.csv.formula: " + csv + ": row 2, column \"Title (fr)\"");
            Cli fr = Cli.run("match", "--profile", PROFILE, csv.toString(), "--lang", "fr", "--format", "json");
            assertThat(fr.err()).contains("opdl.csv.encoding").contains("UTF-8");
            assertThat(fr.out()).doesNotContain("opdl.csv.encoding");
            Cli quiet = Cli.run("match", "--profile", PROFILE, csv.toString(), "--quiet");
            assertThat(quiet.err()).doesNotContain("opdl.csv.encoding").doesNotContain("opdl.csv.formula");
        }

        @Test
        @DisplayName("refuses an empty dataset with exit 3")
        void empty(@TempDir Path dir) throws IOException {
            Path empty = Files.writeString(dir.resolve("empty.json"), "[]");
            Cli r = Cli.run("match", "--profile", PROFILE, empty.toString());
            assertThat(r.code()).isEqualTo(ExitCode.INPUT);
            assertThat(r.err()).contains("holds no listing");
        }

        @Test
        @DisplayName("refuses a dataset of another version with exit 3")
        void otherVersion(@TempDir Path dir) throws IOException {
            String sample = Files.readString(Path.of(SAMPLE)).replaceFirst("\"standardVersion\" : \"0.2\"", "\"standardVersion\" : \"0.9\"");
            Path other = Files.writeString(dir.resolve("other.json"), sample);
            Cli r = Cli.run("match", "--profile", PROFILE, other.toString());
            assertThat(r.code()).isEqualTo(ExitCode.INPUT);
            assertThat(r.err()).contains("is a dataset of OPDL 0.9");
        }

        @Test
        @DisplayName("refuses a missing profile with exit 3")
        void missing() {
            Cli r = Cli.run("match", "--profile", "no-such-profile.json", SAMPLE);
            assertThat(r.code()).isEqualTo(ExitCode.INPUT);
            assertThat(r.err()).contains("cannot read no-such-profile.json: no such file");
        }
    }
}
