package org.opdl.validator.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Lang;
import org.opdl.validator.TestInputs;
import org.opdl.validator.ValidationOptions;
import org.opdl.validator.ValidationRun;
import org.opdl.validator.Validator;
import org.opdl.validator.catalogue.Conformance;
import tools.jackson.databind.node.ObjectNode;

@DisplayName("A report of thousands of findings groups its counts as each language does")
class GroupedCountsTest {

    /** The narrow no-break space French puts between groups of digits. */
    private static final String NNBSP = "\u202f";
    private static Report big;

    @BeforeAll
    static void aCatalogueOfFiveThousandListingsWithAWarningInAlmostEach() {
        ObjectNode l = Conformance.base();
        l.putObject("contact").put("email", "labs at nsi-canada.ca");
        Validator v = Validator.standard(ValidationOptions.defaults(LocalDate.parse("2025-02-01")));
        Report one;
        try (ValidationRun run = v.start()) {
            run.records("big.csv", TestInputs.records("big.csv", List.of(l)));
            one = run.finish();
        }
        RuleGroup seen = one.groups().get(0);
        RuleGroup many = new RuleGroup(seen.ruleId(), Severity.WARNING, 4_999, seen.shown());
        RuleGroup infos = new RuleGroup("opdl.text.one-language", Severity.INFO, 8_001, seen.shown());
        big = new Report(one.asOf(), List.of(new FileSummary("big.csv", 5_000, true)), List.of(many, infos));
    }

    @Nested
    @DisplayName("opdl validate's text")
    class Text {
        @Test
        @DisplayName("writes 4,999 warnings in English and 4 999 avertissements in French, on its summary line and its \"and K more\"")
        void grouped() {
            assertThat(new TextRenderer(Lang.EN, false, 1).summary(big))
                    .isEqualTo("Summary: 0 errors, 4,999 warnings, 8,001 info in 5,000 listings (1 file)");
            assertThat(new TextRenderer(Lang.FR, false, 1).summary(big))
                    .isEqualTo("Résumé : 0 erreur, 4" + NNBSP + "999 avertissements, 8" + NNBSP + "001 info dans 5"
                            + NNBSP + "000 fiches (1 fichier)");
            StringWriter en = new StringWriter();
            new TextRenderer(Lang.EN, false, 1).render(big, new PrintWriter(en));
            assertThat(en.toString()).contains("(4,999)").contains("… and 4,998 more").doesNotContain("4999");
            StringWriter fr = new StringWriter();
            new TextRenderer(Lang.FR, false, 1).render(big, new PrintWriter(fr));
            assertThat(fr.toString()).contains("(4" + NNBSP + "999)").contains("… et 4" + NNBSP + "998 de plus")
                    .doesNotContain("4999");
        }
    }

    @Nested
    @DisplayName("the HTML report")
    class Html {
        @Test
        @DisplayName("writes its counts, its listings read and its \"and K more\" grouped in both languages")
        void grouped() throws Exception {
            StringWriter en = new StringWriter();
            new HtmlRenderer(Lang.EN, 1, "0.1.0", LocalDate.parse("2026-12-05")).render(big, en);
            assertThat(en.toString()).contains("Warnings: 4,999</li>").contains("<dd>5,000</dd>")
                    .contains("… and 4,998 more").doesNotContain("4999");
            StringWriter fr = new StringWriter();
            new HtmlRenderer(Lang.FR, 1, "0.1.0", LocalDate.parse("2026-12-05")).render(big, fr);
            assertThat(fr.toString()).contains("Avertissements : 4" + NNBSP + "999</li>").contains("<dd>5" + NNBSP + "000</dd>")
                    .contains("… et 4" + NNBSP + "998 de plus").doesNotContain("4999");
        }
    }
}
