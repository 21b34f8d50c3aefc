package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opdl.cli.exit.ExitCode;

@DisplayName("opdl convert takes the same limit options as opdl validate")
class ConvertLimitsTest {

    static final String THREE = "{\"id\":\"listing:ab/1\"}\n{\"id\":\"listing:ab/2\"}\n{\"id\":\"listing:ab/3\"}\n";

    @Test
    @DisplayName("--max-records 2 stops at line 3 with exit 3, one line, and no output file")
    void maxRecords(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("labs.ndjson");
        Files.writeString(in, THREE, StandardCharsets.UTF_8);
        Path out = dir.resolve("labs.json");
        Cli r = Cli.run("convert", in.toString(), "-o", out.toString(), "--max-records", "2");
        assertThat(r.code()).isEqualTo(ExitCode.INPUT);
        assertThat(r.err()).contains("labs.ndjson").contains("line 3").contains("--max-records")
                .doesNotContain("Exception");
        assertThat(out).doesNotExist();
        assertThat(Cli.run("convert", in.toString(), "-o", out.toString(), "--max-records", "3").code())
                .isEqualTo(ExitCode.OK);
    }

    @Test
    @DisplayName("a limit that is not positive is a usage error")
    void notPositive(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("labs.ndjson");
        Files.writeString(in, THREE, StandardCharsets.UTF_8);
        assertThat(Cli.run("convert", in.toString(), "--to", "json", "--max-cells", "0").code())
                .isEqualTo(ExitCode.USAGE);
    }
}
