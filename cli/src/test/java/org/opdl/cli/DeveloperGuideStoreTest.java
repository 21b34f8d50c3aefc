package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The store part of the developers' guide, run as the page says: every {@code opdl} command of its
 * {@code shell} blocks, in order, against an embedded Fuseki in place of the standalone one the
 * page starts at {@code http://localhost:3030/opdl}; each must exit 0 and print what its
 * {@code # prints} line says. The commands that download and start Fuseki itself are not run.
 */
@DisplayName("The developers' guide, publishing to and querying a store")
class DeveloperGuideStoreTest {

    static final String PAGE_STORE = "http://localhost:3030/opdl";
    static final Pattern BLOCK = Pattern.compile("```shell\\n(.*?)```", Pattern.DOTALL);

    @Test
    @DisplayName("runs each opdl command of the page against Fuseki, with the outcome the page shows")
    void commands() throws Exception {
        Path root = Path.of(System.getProperty("opdl.root"));
        String page = Files.readString(root.resolve("docs/guides/developers.md"));
        List<String> lines = new ArrayList<>();
        Matcher m = BLOCK.matcher(page);
        while (m.find()) {
            lines.addAll(List.of(m.group(1).split("\n")));
        }
        int run = 0;
        try (Fuseki fuseki = new Fuseki()) {
            Cli last = null;
            String shown = null;
            for (String raw : lines) {
                String line = raw.strip();
                if (line.startsWith("./opdl ")) {
                    String[] words = line.substring("./opdl ".length()).replace(PAGE_STORE, fuseki.url()).split("\\s+");
                    for (int i = 0; i < words.length; i++) {
                        if (words[i].startsWith("docs/")) {
                            words[i] = root.resolve(words[i]).toString();
                        }
                    }
                    last = Cli.run(words);
                    shown = line;
                    assertThat(last.code()).as("%s%n%s", line, last.err()).isZero();
                    run++;
                } else if (line.startsWith("# prints ")) {
                    assertThat(last).as("a # prints line follows a command").isNotNull();
                    assertThat(last.out() + last.err()).as(shown).contains(line.substring("# prints ".length()));
                }
            }
            assertThat(fuseki.listingsPerGraph()).containsEntry("https://w3id.org/opdl/provider/cfc", 1)
                    .containsEntry("https://w3id.org/opdl/provider/hot-docs", 1)
                    .containsEntry("https://w3id.org/opdl/provider/cmpa", 5);
        }
        assertThat(run).as("opdl commands in the page's shell blocks").isGreaterThanOrEqualTo(3);
    }
}
