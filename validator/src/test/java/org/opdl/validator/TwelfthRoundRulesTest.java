package org.opdl.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.finding.Finding;
import org.opdl.model.text.Lang;
import org.opdl.schema.convert.Formats;
import org.opdl.schema.format.Limits;
import org.opdl.validator.report.Occurrence;
import org.opdl.validator.rule.Standard;
import org.opdl.validator.rules.BuiltInRules;

@DisplayName("Findings on the real programs of the twelfth round")
class TwelfthRoundRulesTest {

    /** NSI Global Marketing Program: two streams chosen by the markets a producer aims at, with no stage or figure. */
    private static final String STREAMS_BY_MARKET = """
            {"id": "listing:nsi/global-marketing", "type": "Listing", "title": {"en": "NSI Global Marketing Program"},
             "provider": {"id": "provider:nsi", "name": {"en": "National Screen Institute"}, "website": "https://nsi-canada.ca/"},
             "url": "https://playbackonline.ca/?p=16220", "programTypes": ["course", "festival-access"],
             "streams": [{"name": {"en": "Stream I: producers ready for Canadian festivals and markets"}},
                         {"name": {"en": "Stream II: internationally focused producers"}}]}
            """;

    @Test
    @DisplayName("a stream without stages is counted from 1, as a coordinator counts the streams of her cell or sheet")
    void streamCountedFromOne() throws Exception {
        List<Finding> findings = new ArrayList<>();
        Validator v = new Validator(BuiltInRules.registry(), Standard.standard(), TestInputs.SCHEMA,
                ValidationOptions.defaults(LocalDate.of(2026, 12, 1)));
        try (ValidationRun run = v.start()) {
            run.file("nsi-global-marketing.json", Formats.named("json").orElseThrow().reader(Limits.DEFAULT),
                    new ByteArrayInputStream(STREAMS_BY_MARKET.getBytes(StandardCharsets.UTF_8)));
            run.finish().groups().forEach(g -> g.shown().stream().map(Occurrence::finding).forEach(findings::add));
        }
        assertThat(findings).filteredOn(f -> f.ruleId().equals("opdl.eligibility.stream-without-stages"))
                .extracting(f -> f.message(Lang.EN), f -> f.message(Lang.FR))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Stream 1 names no stage and no bound: it does not say who may apply.",
                                "Le volet 1 ne nomme aucun stade ni aucune borne : il ne dit pas qui peut postuler."),
                        org.assertj.core.groups.Tuple.tuple(
                                "Stream 2 names no stage and no bound: it does not say who may apply.",
                                "Le volet 2 ne nomme aucun stade ni aucune borne : il ne dit pas qui peut postuler."));
    }
}
