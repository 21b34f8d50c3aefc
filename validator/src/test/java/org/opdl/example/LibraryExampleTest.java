package org.opdl.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java example of the developers' guide is this module's {@link OpdlExample}, and it runs. */
@DisplayName("The developers' guide's Java example")
class LibraryExampleTest {

    static final Path ROOT = Path.of(System.getProperty("opdl.root"));

    @TempDir
    Path dir;

    static String run(String... args) throws Exception {
        PrintStream was = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            OpdlExample.main(args);
        } finally {
            System.setOut(was);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("is shown in the guide word for word, imports included")
    void inTheGuide() throws Exception {
        String source = Files.readString(ROOT.resolve("validator/src/test/java/org/opdl/example/OpdlExample.java"));
        String guide = Files.readString(ROOT.resolve("docs/guides/developers.md"));
        assertThat(guide).contains("```java\n" + source + "```");
    }

    @Test
    @DisplayName("validates a valid listing with no errors, converts it to Turtle and classifies a mid-career producer")
    void valid() throws Exception {
        Path ttl = dir.resolve("lab.ttl");
        String out = run(ROOT.resolve("docs/examples/cfc-producers-lab.json").toString(), ttl.toString());
        assertThat(out).contains("errors: 0").contains("converted: 1").contains("stage: mid-career");
        Graph g = RDFDataMgr.loadGraph(ttl.toString());
        assertThat(g.size()).isGreaterThan(20);
    }

    @Test
    @DisplayName("reads the findings of an invalid listing: rule id, place and message")
    void invalid() throws Exception {
        String out = run(ROOT.resolve("docs/examples/invalid/bad-email.json").toString(), dir.resolve("bad.ttl").toString());
        assertThat(out).containsPattern("ERROR opdl\\.[a-z.-]+ .*email").doesNotContain("errors: 0");
    }
}
