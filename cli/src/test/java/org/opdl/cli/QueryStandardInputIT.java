package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.cli.exit.ExitCode;

/**
 * B34, from the built jar: a query or a profile read from standard input ({@code -}) when standard
 * input was closed at the start ({@code <&-}), where the system gives its number to the JVM's own
 * runtime image, is refused as a closed standard input is for listings (Y1), not read.
 */
@DisplayName("opdl query - and opdl match --profile - with standard input closed")
class QueryStandardInputIT {

    private static final List<String> CLOSED = List.of("bash", "-c", "exec \"$0\" \"$@\" <&-");

    private static String example() {
        return Path.of(System.getProperty("opdl.root"), "docs", "examples", "hot-docs-incubator.json").toString();
    }

    @Test
    @DisplayName("are refused, exit 3, naming standard input and the fix, nothing written")
    void closed() throws Exception {
        Cli query = Cli.runJar(CLOSED, List.of(), Map.of(), "query", "-", example());
        assertThat(query.code()).as(query.err()).isEqualTo(ExitCode.INPUT);
        assertThat(query.err()).contains("cannot read standard input (-): it is closed").doesNotContain("Exception");
        assertThat(query.out()).isEmpty();
        Cli profile = Cli.runJar(CLOSED, List.of(), Map.of(), "match", "--profile", "-", example(), "--lang", "fr");
        assertThat(profile.code()).as(profile.err()).isEqualTo(ExitCode.INPUT);
        assertThat(profile.err()).contains("impossible de lire l'entrée standard (-) : elle est fermée");
    }
}
