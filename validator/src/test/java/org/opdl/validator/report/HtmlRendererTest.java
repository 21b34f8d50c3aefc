package org.opdl.validator.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opdl.model.text.Lang;
import org.opdl.validator.TestInputs;
import org.opdl.validator.ValidationOptions;
import org.opdl.validator.ValidationRun;
import org.opdl.validator.Validator;
import org.opdl.validator.catalogue.Conformance;
import tools.jackson.databind.node.ObjectNode;

@DisplayName("The HTML report")
class HtmlRendererTest {

    private static final String SCRIPT = "<script>alert('x')</script>";
    private static Report report;

    @BeforeAll
    static void validateListingsWithHostileTextAndManyBadEmails() {
        List<ObjectNode> listings = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ObjectNode l = Conformance.base();
            l.put("id", "listing:nsi/lab-" + i);
            l.putObject("title").put("en", SCRIPT).put("fr", "Laboratoire " + i);
            l.putObject("contact").put("email", SCRIPT + i);
            listings.add(l);
        }
        Validator v = Validator.standard(ValidationOptions.defaults(LocalDate.parse("2025-02-01")));
        try (ValidationRun run = v.start()) {
            run.records(SCRIPT + ".json", TestInputs.records(SCRIPT + ".json", listings));
            report = run.finish();
        }
    }

    private static String render(Lang lang, int perRule) throws Exception {
        StringWriter out = new StringWriter();
        new HtmlRenderer(lang, perRule, "0.1.0", LocalDate.parse("2026-12-05")).render(report, out);
        return out.toString();
    }

    @Nested
    @DisplayName("is one page")
    class OnePage {
        @Test
        @DisplayName("with inline style only, no script, no link to another file, and print rules")
        void selfContained() throws Exception {
            String html = render(Lang.EN, 2);
            assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").contains("@media print")
                    .doesNotContain("<script").doesNotContain("<link").doesNotContain("src=").doesNotContain("http://")
                    .contains("default-src 'none'");
        }

        @Test
        @DisplayName("with the summary first: file, counts, standard version, date checked and date made")
        void summaryFirst() throws Exception {
            String html = render(Lang.EN, 2);
            assertThat(html.indexOf("class=\"summary\"")).isLessThan(html.indexOf("class=\"group\""));
            assertThat(html).contains("Standard version</dt><dd>" + org.opdl.model.definition.StandardDefinition.version()).contains("2025-02-01").contains("2026-12-05")
                    .contains("Errors: " + report.count(org.opdl.model.finding.Severity.ERROR))
                    .contains("Fix the errors before sending the file.");
        }
    }

    @Test
    @DisplayName("escapes every text from the file: a title or e-mail that is a script tag stays text")
    void escapes() throws Exception {
        String html = render(Lang.EN, 10);
        assertThat(html).doesNotContain(SCRIPT).doesNotContain("<script")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;.json");
    }

    @Test
    @DisplayName("groups by rule and caps each group with the count of the rest")
    void capped() throws Exception {
        String html = render(Lang.EN, 2);
        assertThat(html).contains("data-rule=\"opdl.identity.duplicate-listing\"").contains("… and 2 more");
    }

    @Test
    @DisplayName("speaks French when asked")
    void french() throws Exception {
        String html = render(Lang.FR, 2);
        assertThat(html).contains("<html lang=\"fr\">").contains("Rapport de validation OPDL")
                .contains("Version de la norme").contains("… et 2 de plus").contains("Correctif : ");
    }

    @Test
    @DisplayName("has every word in both languages")
    void bilingual() {
        ReportWords w = ReportWords.standard();
        assertThat(w.keys(Lang.FR)).isEqualTo(w.keys(Lang.EN));
    }
}
