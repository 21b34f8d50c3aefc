package org.opdl.validator.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Lang;
import org.opdl.validator.TestInputs;
import org.opdl.validator.ValidationOptions;
import org.opdl.validator.ValidationRun;
import org.opdl.validator.Validator;
import org.opdl.validator.catalogue.Conformance;
import tools.jackson.databind.node.ObjectNode;

@DisplayName("F22: the HTML report, which the page shows and offers to download, groups its counts as each language does")
class HtmlRendererCountsTest {

    /** A season's file of 2,400 mentorships, each with the same contact address that is no e-mail address, every other one in person naming no place. */
    private static final int COUNT = 2400;
    private static Report report;

    @BeforeAll
    static void validate() {
        List<ObjectNode> listings = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            ObjectNode l = Conformance.base();
            l.put("id", "listing:cmpa/mentorship-" + i);
            l.putObject("contact").put("email", "mentorship at cmpa.ca");
            if (i % 2 == 0) {
                l.put("deliveryMode", "in-person");
                l.remove("locations");
            }
            listings.add(l);
        }
        Validator v = Validator.standard(ValidationOptions.defaults(LocalDate.parse("2026-12-05")));
        try (ValidationRun run = v.start()) {
            run.records("saison.json", TestInputs.records("saison.json", listings));
            report = run.finish();
        }
    }

    private static String render(Lang lang) throws Exception {
        StringWriter out = new StringWriter();
        new HtmlRenderer(lang, 10, "0.1.0", LocalDate.parse("2026-12-05")).render(report, out);
        return out.toString();
    }

    @Test
    @DisplayName("the listings read, each severity's count, each rule's count, 'and N more' and 'in all N listings': 2,400 in English, 2 400 in French")
    void grouped() throws Exception {
        long warnings = report.count(Severity.WARNING);
        assertThat(report.listings()).isEqualTo(COUNT);
        assertThat(warnings).isGreaterThanOrEqualTo(COUNT / 2);
        String en = render(Lang.EN);
        assertThat(en).contains("Listings read</dt><dd>2,400</dd>").contains("Warnings: " + Lang.EN.grouped(warnings) + "</li>")
                .contains("</code> (1,200)</h3>").contains("… and 1,190 more").contains("in all 2,400 listings of the file").doesNotContain("1200").doesNotContain("1190").doesNotContain("2400");
        String fr = render(Lang.FR);
        assertThat(fr).contains("<dd>2\u202f400</dd>").contains("Avertissements : " + Lang.FR.grouped(warnings) + "</li>")
                .contains("</code> (1\u202f200)</h3>").contains("… et 1\u202f190 de plus").contains("dans les 2\u202f400 fiches du fichier").doesNotContain("1200").doesNotContain("1190").doesNotContain("2400");
    }
}
