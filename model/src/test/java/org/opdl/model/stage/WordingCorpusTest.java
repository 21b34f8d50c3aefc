package org.opdl.model.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.data.DataTable;

@DisplayName("The public corpus of stage wordings is read as its expected stages")
class WordingCorpusTest {

    static final DataTable CORPUS = DataTable.load("career-stage/wording-corpus.csv");

    @Test
    @DisplayName("every wording of the corpus maps to exactly its expected stages, accuracy printed")
    void everyWording() {
        List<String> wrong = new ArrayList<>();
        int correct = 0;
        for (DataTable.Row row : CORPUS.rows()) {
            Set<String> expected = new LinkedHashSet<>(row.list("expected"));
            Set<String> got = Crosswalk.standard().map(row.required("wording")).stages();
            if (got.equals(expected)) {
                correct++;
            } else {
                wrong.add("line " + row.line() + " \"" + row.required("wording") + "\": expected " + expected + ", got " + got);
            }
        }
        System.out.println("stage-wording corpus: " + correct + "/" + CORPUS.rows().size() + " correct");
        wrong.forEach(w -> System.out.println("  " + w));
        assertThat(wrong).isEmpty();
    }

    @Test
    @DisplayName("the corpus holds at least 150 wordings in English and French, each with a source or \"written\"")
    void shape() {
        assertThat(CORPUS.rows()).hasSizeGreaterThanOrEqualTo(150);
        assertThat(CORPUS.rows()).extracting(r -> r.required("lang")).contains("en", "fr").containsOnly("en", "fr");
        assertThat(CORPUS.rows()).allSatisfy(r -> assertThat(r.required("source")).matches("written|https?://.+"));
        List<String> codes = CareerStageScale.standard().codes();
        assertThat(CORPUS.rows()).allSatisfy(r -> assertThat(codes).containsAll(r.list("expected")));
    }
}
