package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Help and output in French: --lang, then OPDL_LANG, then the system's language, from the built jar")
class HelpLanguageIT {

    private static Cli with(Map<String, String> env, String... args) throws Exception {
        return Cli.runJar(List.of(), List.of(), env, args);
    }

    @Test
    @DisplayName("opdl --help --lang fr lists the commands in French")
    void helpInFrench() throws Exception {
        Cli r = Cli.runJar("--help", "--lang", "fr");
        assertThat(r.out()).startsWith("Utilisation : opdl").contains("Commandes :")
                .contains("Vérifie des fichiers de fiches").contains("Affiche ce message d'aide et quitte.");
    }

    @Test
    @DisplayName("a command's options are described in French, positional parameters included")
    void commandHelpInFrench() throws Exception {
        Cli r = Cli.runJar("validate", "--help", "--lang", "fr");
        assertThat(r.out()).contains("Les fichiers à vérifier, ou - pour")
                .contains("Constats affichés par règle").doesNotContain("Findings shown per rule");
    }

    @Test
    @DisplayName("a French system (LANG=fr_CA.UTF-8) gives French help and French output; OPDL_LANG and --lang come first")
    void systemLanguage() throws Exception {
        Map<String, String> french = Map.of("LANG", "fr_CA.UTF-8", "LC_ALL", "", "LC_MESSAGES", "");
        assertThat(with(french, "--help").out()).startsWith("Utilisation : opdl");
        assertThat(with(french, "stages").out()).contains("Stade de carrière");
        assertThat(with(Map.of("LANG", "fr_CA.UTF-8", "OPDL_LANG", "en"), "--help").out()).startsWith("Usage: opdl");
        assertThat(with(Map.of("OPDL_LANG", "fr"), "stages", "--lang", "en").out()).contains("Career stage");
        assertThat(with(Map.of("OPDL_LANG", "fr"), "stages").out()).contains("Stade de carrière");
    }

    @Test
    @DisplayName("without any of them, English")
    void english() throws Exception {
        Cli r = with(Map.of("LANG", "C.UTF-8", "LC_ALL", "", "LC_MESSAGES", "", "OPDL_LANG", ""), "--help");
        assertThat(r.out()).startsWith("Usage: opdl").contains("Validate, convert and explore");
    }
}
