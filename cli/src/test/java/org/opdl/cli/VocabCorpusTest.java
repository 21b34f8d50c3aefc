package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opdl.cli.exit.ExitCode;
import org.opdl.model.data.DataTable;
import tools.jackson.databind.JsonNode;

@DisplayName("opdl vocab career-stage --lookup gives the answers of the public wording corpus")
class VocabCorpusTest {

    static final List<DataTable.Row> ROWS = DataTable.load("career-stage/wording-corpus.csv").rows();

    /** Every fifth row, so that both languages, real and written wordings, stages and none are in the sample. */
    static Stream<DataTable.Row> sample() {
        List<DataTable.Row> out = new ArrayList<>();
        for (int i = 0; i < ROWS.size(); i += 5) {
            out.add(ROWS.get(i));
        }
        return out.stream();
    }

    @Test
    @DisplayName("the sample covers both languages and wordings that name no stage")
    void sampleCoversTheCases() {
        List<DataTable.Row> rows = sample().toList();
        assertThat(rows).extracting(r -> r.required("lang")).contains("en", "fr");
        assertThat(rows).anyMatch(r -> r.list("expected").isEmpty());
        assertThat(rows).anyMatch(r -> r.list("expected").size() > 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sample")
    @DisplayName("a corpus wording looked up through the CLI gives its expected stages, exit 1 when none")
    void lookup(DataTable.Row row) {
        String wording = row.required("wording");
        List<String> expected = row.list("expected");
        Cli r = Cli.run("vocab", "career-stage", "--lookup", wording, "--format", "json");
        assertThat(r.code()).as(wording).isEqualTo(expected.isEmpty() ? ExitCode.FINDINGS : ExitCode.OK);
        Set<String> got = new LinkedHashSet<>();
        for (JsonNode m : r.json().get("matches")) {
            got.add(m.get("code").asString());
        }
        assertThat(got).as(wording).containsExactlyElementsOf(expected);
        Cli text = Cli.run("vocab", "career-stage", "--lookup", wording, "--lang", row.required("lang"));
        for (String stage : expected) {
            assertThat(text.out()).as(wording).contains("career-stage/" + stage + " ");
        }
    }
}
