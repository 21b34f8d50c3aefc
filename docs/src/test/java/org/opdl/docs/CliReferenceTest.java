package org.opdl.docs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.cli.Main;
import org.opdl.docs.page.CliPages;
import picocli.CommandLine;

@DisplayName("The command-line reference")
class CliReferenceTest {

    private final CliPages pages = new CliPages(Main.commandLine());

    @Test
    @DisplayName("has a French description for every command, option and parameter of opdl")
    void frenchIsComplete() {
        assertThat(pages.missingFrench()).as("keys to add to help_fr.properties (in the cli module)").isEmpty();
    }

    @Test
    @DisplayName("has a page and a man page for every command, in both languages")
    void everyCommand() {
        for (CommandLine c : pages.commands()) {
            String file = c.getCommandSpec().qualifiedName("-").replaceFirst("^opdl-", "") + ".html";
            assertThat(DocFiles.site().resolve("en/cli/" + file)).isRegularFile();
            assertThat(DocFiles.site().resolve("fr/cli/" + file)).isRegularFile();
            assertThat(DocFiles.site().resolve("man/" + CliPages.manPage(c.getCommandSpec()))).isRegularFile();
        }
        assertThat(pages.commands()).extracting(c -> c.getCommandName()).contains("stages", "classify", "vocab");
    }

    @Test
    @DisplayName("ships a completion script that completes the commands in bash and zsh")
    void completion() {
        String script = DocFiles.read(DocFiles.site().resolve("completion/opdl_completion"));
        assertThat(script).contains("ZSH_VERSION", "complete -F");
        for (CommandLine c : pages.commands()) {
            assertThat(script).contains(c.getCommandName());
        }
    }
}
