package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opdl.cli.exit.ExitCode;

/**
 * B26: the usage errors a person makes most, which picocli words in English with Java's type names,
 * are said in plain words in the language of {@code --lang}, with exit 2 and nothing read.
 */
@DisplayName("A usage error on the command line")
class UsageWordsTest {

    private static final String SAMPLE = Path.of(System.getProperty("opdl.root", "..")).resolve("docs/examples/cmpa-wide-lens.json").toString();

    @Nested
    @DisplayName("an option given twice")
    class GivenTwice {

        @Test
        @DisplayName("is named without picocli's \"should be specified only once\", in both languages")
        void named() {
            Cli en = Cli.run("convert", SAMPLE, "--to", "ttl", "--to", "nt");
            assertThat(en.code()).isEqualTo(ExitCode.USAGE);
            assertThat(en.out()).isEmpty();
            assertThat(en.errLines()).singleElement().asString()
                    .isEqualTo("opdl: --to is given more than once; give it once (see 'opdl convert --help')");
            Cli fr = Cli.run("convert", SAMPLE, "--to", "ttl", "--to", "nt", "--lang", "fr");
            assertThat(fr.errLines()).singleElement().asString().isEqualTo(
                    "opdl : l'option --to est donnée plus d'une fois; donnez-la une seule fois (voir « opdl convert --help »)");
        }
    }

    @Nested
    @DisplayName("a value an option cannot take")
    class Values {

        @Test
        @DisplayName("a number option given words says it takes a whole number, never \"is not an int\" or \"a long\"")
        void wholeNumber() {
            Cli en = Cli.run("validate", "--max-depth", "abc", SAMPLE);
            assertThat(en.code()).isEqualTo(ExitCode.USAGE);
            assertThat(en.err()).contains("opdl: --max-depth takes a whole number, not \"abc\" (see 'opdl validate --help')")
                    .doesNotContain("int").doesNotContain("Invalid value");
            Cli fr = Cli.run("validate", "--max-file-size", "10MB", SAMPLE, "--lang", "fr");
            assertThat(fr.err()).contains("opdl : --max-file-size prend un nombre entier, pas « 10MB » (voir « opdl validate --help »)")
                    .doesNotContain("long").doesNotContain("Invalid value");
        }

        @Test
        @DisplayName("B43: a whole number past what the option holds says the largest, never that it is not a whole number")
        void wholeNumberTooLarge() {
            Cli en = Cli.run("validate", "--max-record-size", "3000000000", SAMPLE);
            assertThat(en.code()).isEqualTo(ExitCode.USAGE);
            assertThat(en.errLines()).singleElement().asString().isEqualTo(
                    "opdl: --max-record-size takes a whole number of at most 2147483647, not \"3000000000\" (see 'opdl validate --help')");
            Cli fr = Cli.run("validate", "--max-file-size", "99999999999999999999", SAMPLE, "--lang", "fr");
            assertThat(fr.code()).isEqualTo(ExitCode.USAGE);
            assertThat(fr.errLines()).singleElement().asString().isEqualTo("opdl : --max-file-size prend un nombre entier d'au plus "
                    + "9223372036854775807, pas « 99999999999999999999 » (voir « opdl validate --help »)");
            Cli words = Cli.run("validate", "--max-records", "3e9", SAMPLE);
            assertThat(words.err()).contains("--max-records takes a whole number, not \"3e9\"");
        }

        @Test
        @DisplayName("a choice given a slip lists the choices and the nearest, in both languages")
        void choice() {
            Cli en = Cli.run("validate", "--format=jsn", SAMPLE);
            assertThat(en.code()).isEqualTo(ExitCode.USAGE);
            assertThat(en.errLines()).singleElement().asString().isEqualTo(
                    "opdl: --format: unknown value \"jsn\", use one of text, json, sarif, html; did you mean json? (see 'opdl validate --help')");
            Cli fr = Cli.run("validate", "--format=jsn", SAMPLE, "--lang", "fr");
            assertThat(fr.errLines()).singleElement().asString().isEqualTo("opdl : --format : valeur inconnue « jsn », "
                    + "utilisez text, json, sarif, html; vouliez-vous dire json? (voir « opdl validate --help »)");
        }
    }

    /** B28: a level given short, {@code --fail-on=warn}, was refused with the levels and no suggestion. */
    @Nested
    @DisplayName("a level a finding cannot have")
    class Levels {

        @Test
        @DisplayName("names the level meant, in --fail-on and in --rule, in both languages")
        void levelMeant() {
            Cli en = Cli.run("validate", "--fail-on=warn", SAMPLE);
            assertThat(en.code()).isEqualTo(ExitCode.USAGE);
            assertThat(en.out()).isEmpty();
            assertThat(en.errLines()).singleElement().asString()
                    .isEqualTo("opdl: --fail-on: unknown level \"warn\"; use error, warning or info; did you mean warning?");
            Cli fr = Cli.run("validate", "--rule", "opdl.structure.range=err", SAMPLE, "--lang", "fr");
            assertThat(fr.errLines()).singleElement().asString()
                    .isEqualTo("opdl : --rule : niveau inconnu « err »; utilisez error, warning ou info; vouliez-vous dire error?");
            assertThat(Cli.run("validate", "--fail-on", "bogus", SAMPLE).err()).doesNotContain("did you mean");
        }
    }

    @Nested
    @DisplayName("a command that does not exist")
    class UnknownCommand {

        @Test
        @DisplayName("is named alone, not with every word after it, in both languages")
        void namedAlone() {
            Cli en = Cli.run("valdiate", "x.json", "--lang", "en");
            assertThat(en.code()).isEqualTo(ExitCode.USAGE);
            assertThat(en.errLines()).singleElement().asString()
                    .startsWith("opdl: unknown command \"valdiate\"; did you mean validate").doesNotContain("x.json")
                    .doesNotContain("Unmatched");
            Cli fr = Cli.run("valdiate", "x.json", "--lang", "fr");
            assertThat(fr.errLines()).singleElement().asString()
                    .startsWith("opdl : commande inconnue « valdiate »; vouliez-vous dire validate").doesNotContain("x.json");
        }

        @Test
        @DisplayName("with several near names offers them joined by \"or\", « ou » in French")
        void severalJoinedByOr() {
            Cli en = Cli.run("valdiate", "x.json");
            assertThat(en.errLines()).singleElement().asString()
                    .isEqualTo("opdl: unknown command \"valdiate\"; did you mean validate, template or migrate? (see 'opdl --help')");
            Cli fr = Cli.run("valdiate", "x.json", "--lang", "fr");
            assertThat(fr.errLines()).singleElement().asString()
                    .isEqualTo("opdl : commande inconnue « valdiate »; vouliez-vous dire validate, template ou migrate? (voir « opdl --help »)");
        }

        @Test
        @DisplayName("under a command that has commands of its own is named as a command too")
        void underACommand() {
            Cli en = Cli.run("standard", "chek");
            assertThat(en.code()).isEqualTo(ExitCode.USAGE);
            assertThat(en.errLines()).singleElement().asString()
                    .isEqualTo("opdl: unknown command \"chek\"; did you mean check? (see 'opdl standard --help')");
        }
    }

    /** B28: picocli ranked {@code --force} before {@code --format} for {@code --formt}, by the letters they share. */
    @Nested
    @DisplayName("an option that does not exist")
    class UnknownOption {

        @Test
        @DisplayName("names the nearest option alone, in both languages, and never \"Unknown option\"")
        void nearestAlone() {
            Cli en = Cli.run("validate", "--formt", "json", SAMPLE);
            assertThat(en.code()).isEqualTo(ExitCode.USAGE);
            assertThat(en.out()).isEmpty();
            assertThat(en.errLines()).singleElement().asString()
                    .isEqualTo("opdl: unknown option --formt; did you mean --format? (see 'opdl validate --help')");
            Cli fr = Cli.run("validate", "--formt=json", SAMPLE, "--lang", "fr");
            assertThat(fr.errLines()).singleElement().asString()
                    .isEqualTo("opdl : option inconnue --formt; vouliez-vous dire --format? (voir « opdl validate --help »)");
        }

        @Test
        @DisplayName("names options at the same distance joined by \"or\", and none when none is near")
        void tiesAndNothing() {
            Cli near = Cli.run("convert", SAMPLE, "--forc");
            assertThat(near.errLines()).singleElement().asString().startsWith("opdl: unknown option --forc; did you mean --force?");
            Cli far = Cli.run("validate", "--zzzz", SAMPLE);
            assertThat(far.errLines()).singleElement().asString()
                    .isEqualTo("opdl: unknown option --zzzz (see 'opdl validate --help')");
        }

        /** B31: before, "unknown option --lang (see 'opdl --help')", as if opdl had no --lang. */
        @Test
        @DisplayName("written before its command is named with the command written again, the option after it, in both languages")
        void beforeItsCommand() {
            Cli en = Cli.run("--max-depth", "10", "validate", SAMPLE);
            assertThat(en.code()).isEqualTo(ExitCode.USAGE);
            assertThat(en.out()).isEmpty();
            assertThat(en.errLines()).singleElement().asString().isEqualTo("opdl: --max-depth is an option of the command "
                    + "opdl validate: write it after the command, opdl validate " + SAMPLE + " --max-depth 10 (see 'opdl --help')");
            Cli fr = Cli.run("--lang", "fr", "convert", SAMPLE, "--to", "ttl");
            assertThat(fr.code()).isEqualTo(ExitCode.USAGE);
            assertThat(fr.errLines()).singleElement().asString().isEqualTo("opdl : --lang est une option de la commande "
                    + "opdl convert : écrivez-la après la commande, opdl convert " + SAMPLE + " --to ttl --lang fr (voir « opdl --help »)");
            Cli joined = Cli.run("--lang=fr", "stages");
            assertThat(joined.errLines()).singleElement().asString().contains(", opdl stages --lang=fr (voir");
        }

        @Test
        @DisplayName("offers nothing for a short option, one letter away from every other")
        void shortOption() {
            // merge has no -q: "did you mean --to?" came out of two letters.
            Cli en = Cli.run("merge", SAMPLE, "-o", "merged.ndjson", "-q");
            assertThat(en.code()).isEqualTo(ExitCode.USAGE);
            assertThat(en.errLines()).singleElement().asString()
                    .isEqualTo("opdl: unknown option -q (see 'opdl merge --help')");
            Cli fr = Cli.run("merge", SAMPLE, "-o", "merged.ndjson", "-q", "--lang", "fr");
            assertThat(fr.errLines()).singleElement().asString()
                    .isEqualTo("opdl : option inconnue -q (voir « opdl merge --help »)");
        }
    }

    /** B32: before, "unknown language "français": use --lang en or --lang fr", in English. */
    @Nested
    @DisplayName("a language named by its name or its code of three letters")
    class LanguageNamed {

        @Test
        @DisplayName("is refused with the tag it means, in the language it means")
        void offeredInItsLanguage() {
            Cli fr = Cli.run("validate", SAMPLE, "--lang", "français");
            assertThat(fr.code()).isEqualTo(ExitCode.USAGE);
            assertThat(fr.out()).isEmpty();
            assertThat(fr.errLines()).containsExactly(
                    "opdl : langue inconnue « français » : utilisez --lang en ou --lang fr; vouliez-vous dire --lang fr?");
            Cli en = Cli.run("stages", "--lang=English");
            assertThat(en.code()).isEqualTo(ExitCode.USAGE);
            assertThat(en.errLines()).containsExactly("opdl: unknown language \"English\": use --lang en or --lang fr; did you mean --lang en?");
            assertThat(Cli.run("stages", "--lang", "fra").errLines()).singleElement().asString().endsWith("vouliez-vous dire --lang fr?");
        }

        @Test
        @DisplayName("offers nothing for a language opdl does not have")
        void otherLanguage() {
            Cli de = Cli.run("stages", "--lang", "deutsch");
            assertThat(de.code()).isEqualTo(ExitCode.USAGE);
            assertThat(de.errLines()).containsExactly("opdl: unknown language \"deutsch\": use --lang en or --lang fr");
        }
    }

    /** B27: a word more than a command takes was "Unmatched argument at index 1: 'extra'" in English. */
    @Nested
    @DisplayName("a word more than a command takes")
    class ExtraWord {

        @Test
        @DisplayName("is named with the fix, in both languages")
        void named() {
            Cli en = Cli.run("stages", "extra");
            assertThat(en.code()).isEqualTo(ExitCode.USAGE);
            assertThat(en.out()).isEmpty();
            assertThat(en.errLines()).singleElement().asString().isEqualTo(
                    "opdl: unknown argument: extra; opdl stages takes nothing more here, so remove it (see 'opdl stages --help')");
            Cli fr = Cli.run("vocab", "region", "topic", "extra", "--lang", "fr");
            assertThat(fr.errLines()).singleElement().asString().isEqualTo("opdl : argument inconnu : topic extra; "
                    + "opdl vocab ne prend rien de plus ici : retirez-le (voir « opdl vocab --help »)");
        }
    }
}
