package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opdl.cli.exit.ExitCode;

@DisplayName("opdl convert --to csv and formulas")
class SpreadsheetSafeTest {

    private static final String JSON = "[{\"id\":\"listing:ab/1\",\"title\":{\"en\":\"=HYPERLINK(\\\"http://x\\\")\",\"fr\":\"Labo\"}}]";

    private static String csv(Path dir, String... options) throws Exception {
        Path in = dir.resolve("in.json");
        Files.writeString(in, JSON);
        String[] args = new String[3 + options.length];
        args[0] = "convert";
        args[1] = in.toString();
        args[2] = "--to=csv";
        System.arraycopy(options, 0, args, 3, options.length);
        Cli r = Cli.run(args);
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        return r.out();
    }

    @Test
    @DisplayName("neutralises them by default, keeps --spreadsheet-safe as an alias, and writes them as they are with --no-spreadsheet-safe")
    void options(@TempDir Path dir) throws Exception {
        assertThat(csv(dir)).contains(",\"'=HYPERLINK(\"\"http://x\"\")\",");
        assertThat(csv(dir, "--spreadsheet-safe")).isEqualTo(csv(dir));
        assertThat(csv(dir, "--no-spreadsheet-safe")).contains(",\"=HYPERLINK(\"\"http://x\"\")\",").doesNotContain("'=");
    }
}
