package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opdl.schema.convert.Formats;
import org.opdl.schema.format.Format;

/** The help of the commands that read any format names every format the registry reads, the workbook included. */
class HelpFormatsTest {

    @ParameterizedTest(name = "{0} --help --lang {1}")
    @CsvSource({"validate,en", "validate,fr", "convert,en", "convert,fr"})
    void helpNamesEveryFormat(String command, String lang) {
        String help = Cli.run(command, "--help", "--lang", lang).out();
        String general = entry(Cli.run("--help", "--lang", lang).out(), command);
        for (Format f : Formats.all()) {
            assertThat(help).as(command + " --help names " + f.name()).contains(f.name());
            assertThat(general).as("opdl --help names " + f.name() + " for " + command).contains(f.name());
        }
    }

    /** The lines of one command in the list of {@code opdl --help}, wrapped lines included. */
    private static String entry(String help, String command) {
        int start = help.indexOf("  " + command + "  ");
        assertThat(start).as(command + " in opdl --help").isNotNegative();
        int end = help.indexOf("\n  ", start + 1);
        while (end >= 0 && help.startsWith("\n    ", end)) {
            end = help.indexOf("\n  ", end + 1);
        }
        return help.substring(start, end < 0 ? help.length() : end);
    }
}
