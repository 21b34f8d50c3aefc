package org.opdl.validator.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.validator.landscape.LandscapeCountsTest.landscape;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.text.Lang;

@DisplayName("The HTML report sets shares on the right beside their counts, and words on the left (F65)")
class HtmlColumnsTest {

    /** A Toronto lab for emerging producers, in English. */
    private static final String LAB = """
            {"id": "listing:cfc/producers-lab", "provider": {"id": "provider:cfc", "name": {"en": "Canadian Film Centre"}},
             "title": {"en": "Producers' Lab"}, "url": "https://cfc.example/lab", "programTypes": ["lab"], "careerStages": ["emerging"],
             "eligibility": {"residence": ["CA"]}, "workingLanguages": ["en"], "status": "open",
             "lastUpdated": "2026-11-01T00:00:00Z", "source": "https://cfc.example/lab"}""";

    @Test
    @DisplayName("the comparison's shares right-aligned, its industry figures in words and its verdicts left as text")
    void comparison() {
        Block.Table t = new Block.Table("Figures of the industry report and of this dataset",
                List.of("Figure", "Industry report", "Listings", "Counted", "Share", "Verdict"),
                List.of(List.of(Block.Cell.text("Mentorships and internships"), Block.Cell.text("over 50%"), new Block.Cell("2", "/c"),
                        new Block.Cell("4", "/b"), Block.Cell.text("50%"), Block.Cell.text("differs"))));
        assertThat(Html.write(List.of(t), new Labels(Lang.EN)))
                .contains("<td>over 50%</td><td data-figure=\"/c\">2</td><td data-figure=\"/b\">4</td><td class=\"figure\">50%</td><td>differs</td>")
                .contains("td[data-figure],td.figure{text-align:right}");
    }

    @Test
    @DisplayName("every share of a report's distribution tables is set on the right, in French too")
    void distributions() throws Exception {
        String fr = LandscapeReport.render(landscape(LAB), LandscapeReport.Form.HTML, Lang.FR);
        assertThat(fr).containsPattern("<td class=\"figure\">100\\W%</td>").doesNotContainPattern("<td>[0-9][^<]*%</td>");
    }
}
