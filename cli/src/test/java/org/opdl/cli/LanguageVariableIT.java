package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.cli.exit.ExitCode;

/**
 * B36: {@code OPDL_LANG} set to what is not a language opdl writes. Before, the run went on in
 * English without a word, where {@code --lang de} is refused: a person who set
 * {@code OPDL_LANG=français} got English and no reason.
 */
@DisplayName("OPDL_LANG set to a language opdl does not write, from the built jar")
class LanguageVariableIT {

    private static Cli with(String value, String... args) throws Exception {
        return Cli.runJar(List.of(), List.of(), Map.of("OPDL_LANG", value, "LANG", "C.UTF-8", "LC_ALL", "", "LC_MESSAGES", ""), args);
    }

    @Test
    @DisplayName("is a usage error that names the variable and its value, with nothing written")
    void refused() throws Exception {
        Cli r = with("de", "stages");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("OPDL_LANG is set to \"de\", which is not a language opdl writes: set OPDL_LANG=en or "
                + "OPDL_LANG=fr, or give --lang en or --lang fr").doesNotContain("did you mean");
    }

    @Test
    @DisplayName("written as a language's name is refused in that language, offering its tag")
    void nameOffered() throws Exception {
        Cli r = with("français", "stages");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("OPDL_LANG vaut « français », qui n'est pas une langue qu'écrit opdl")
                .contains("vouliez-vous dire OPDL_LANG=fr?");
    }

    @Test
    @DisplayName("gives way to --lang, and a tag with its region is read as before")
    void langFirst() throws Exception {
        assertThat(with("de", "stages", "--lang", "fr").out()).contains("Stade de carrière");
        assertThat(with("fr-CA", "stages").out()).contains("Stade de carrière");
    }
}
