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
        @DisplayName("an unknown option keeps its own words and nearest options")
        void unknownOptionUnchanged() {
            Cli fr = Cli.run("validate", "--formt", "json", SAMPLE, "--lang", "fr");
            assertThat(fr.errLines()).singleElement().asString().startsWith("opdl : argument inconnu : --formt");
        }
    }
}
