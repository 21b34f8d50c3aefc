package org.opdl.schema.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The readers name their rules only through the one ReaderRule table")
class ReaderRuleTest {

    private static final Pattern ID_LITERAL = Pattern.compile("\"opdl\\.[a-z0-9-]+\\.[a-z0-9-]+\"");

    @Test
    @DisplayName("no reader writes a rule id as a string: every id it reports is one of the table's")
    void noIdOutsideTheTable() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (f.endsWith(Path.of("org/opdl/schema/format/ReaderRule.java"))) {
                    continue;
                }
                Matcher m = ID_LITERAL.matcher(Files.readString(f));
                while (m.find()) {
                    found.add(f.getFileName() + ": " + m.group());
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    @DisplayName("ids are unique and well formed, and a rule that stops the file is an error")
    void wellFormed() {
        Set<String> ids = new HashSet<>();
        for (ReaderRule r : ReaderRule.values()) {
            assertThat(ids.add(r.id())).as(r.id()).isTrue();
            assertThat(r.id()).matches("opdl\\.[a-z]+\\.[a-z0-9-]+");
            assertThat(ReaderRule.byId(r.id())).contains(r);
            if (r.stopsFile()) {
                assertThat(r.severity()).as(r.id()).isEqualTo(org.opdl.model.finding.Severity.ERROR);
            }
        }
        assertThat(ReaderRule.byId("opdl.syntax.yaml")).isEmpty();
    }
}
