package org.opdl.cli.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Graph files")
class GraphFilesTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("many more files than may be open at once each get exactly what was written to them, in order")
    void manyFiles() throws Exception {
        GraphFiles files = new GraphFiles();
        List<OutputStream> streams = new ArrayList<>();
        int count = GraphFiles.OPEN * 3;
        for (int i = 0; i < count; i++) {
            streams.add(files.stream(dir.resolve("g" + i + ".nt")));
        }
        for (int round = 0; round < 5; round++) {
            for (int i = 0; i < count; i++) {
                streams.get(i).write(("<urn:g" + i + "> <urn:round> \"" + round + "\" .\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        for (OutputStream s : streams) {
            s.close();
        }
        for (int i = 0; i < count; i++) {
            List<String> lines = Files.readAllLines(dir.resolve("g" + i + ".nt"));
            assertThat(lines).hasSize(5);
            for (int round = 0; round < 5; round++) {
                assertThat(lines.get(round)).isEqualTo("<urn:g" + i + "> <urn:round> \"" + round + "\" .");
            }
        }
    }
}
