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
import org.opdl.validator.landscape.Landscape;
import org.opdl.validator.landscape.LandscapeTally;
import org.opdl.validator.report.Occurrence;
import org.opdl.validator.rule.Standard;
import org.opdl.validator.rules.BuiltInRules;

@DisplayName("Findings on the real programs of the thirteenth round")
class ThirteenthRoundRulesTest {

    /** An online toolkit taken at one's own pace, whose provider says it takes everyone: no limit on places. */
    private static final String NO_PLACES_LIMIT = """
            {"id": "listing:cmpa/producers-toolkit", "type": "Listing", "title": {"en": "CMPA Producers Toolkit"},
             "provider": {"id": "provider:cmpa", "name": {"en": "Canadian Media Producers Association"}, "website": "https://cmpa.ca/"},
             "url": "https://cmpa.ca/professional-development/", "programTypes": ["resource-library"],
             "deliveryMode": "online", "recurrence": "rolling", "statedNone": ["no-places-limit"]}
            """;

    /** A mentorship whose 2026 deadline has passed, marked closed, though its 2027 call is already announced. */
    private static final String CLOSED_WITH_LATER_INTAKE = """
            {"id": "listing:cmpa/production-mentorship", "type": "Listing", "title": {"en": "CMPA Production Mentorship Program"},
             "provider": {"id": "provider:cmpa", "name": {"en": "Canadian Media Producers Association"}, "website": "https://cmpa.ca/"},
             "url": "https://cmpa.ca/mentorship/cmpa-production-mentorship-program/", "programTypes": ["mentorship"],
             "intakes": [{"label": "2026", "applicationDeadline": "2026-07-02", "places": 4},
                         {"label": "2027", "applicationOpens": "2027-05-03", "applicationDeadline": "2027-07-02", "places": 4}],
             "recurrence": "annual", "status": "closed"}
            """;

    @Test
    @DisplayName("a provider that says its program takes everyone states it with no-places-limit, and Places counts as stated")
    void noPlacesLimit() throws Exception {
        List<Finding> findings = findings("toolkit.json", NO_PLACES_LIMIT);
        assertThat(findings).extracting(Finding::ruleId).doesNotContain("opdl.vocab.unknown-code");
        assertThat(findings).filteredOn(f -> f.ruleId().equals("opdl.listing.completeness"))
                .extracting(f -> f.message(Lang.EN)).singleElement().asString().doesNotContain("Places");
    }

    @Test
    @DisplayName("the landscape report counts a program with no limit on places among those that state there is none")
    void noPlacesLimitInTheReport() throws Exception {
        LandscapeTally tally = new LandscapeTally(Standard.standard());
        try (ValidationRun run = Validator.standard(ValidationOptions.defaults(LocalDate.of(2026, 12, 1))).start().observe(tally)) {
            run.file("toolkit.json", Formats.named("json").orElseThrow().reader(Limits.DEFAULT),
                    new ByteArrayInputStream(NO_PLACES_LIMIT.getBytes(StandardCharsets.UTF_8)));
            run.finish();
        }
        Landscape.Completeness places = tally.landscape().quality().facts().get("places");
        assertThat(places.none()).isEqualTo(1);
        assertThat(places.notStated()).isZero();
    }

    @Test
    @DisplayName("a closed listing whose later intake still takes applications is named, as matching leaves it out")
    void closedWithLaterIntake() throws Exception {
        List<Finding> findings = findings("production-mentorship.json", CLOSED_WITH_LATER_INTAKE);
        assertThat(findings).filteredOn(f -> f.ruleId().equals("opdl.dates.closed-later-intake"))
                .extracting(f -> f.message(Lang.EN), f -> f.message(Lang.FR), f -> f.fix().in(Lang.EN), f -> f.fix().in(Lang.FR))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "The status is `closed`, but intake 2 takes applications until 2027-07-02: a producer"
                                + " looking for open programs is never shown it.",
                        "Le statut est « closed », mais l'appel 2 reçoit des candidatures jusqu'au 2027-07-02 :"
                                + " une productrice ou un producteur qui cherche des programmes ouverts ne le voit jamais.",
                        "Set `status` to `upcoming` (applications open on 2027-05-03), or remove intake 2 if it is"
                                + " not announced yet.",
                        "Donnez à « status » la valeur « upcoming » (les candidatures ouvrent le 2027-05-03), ou"
                                + " retirez l'appel 2 s'il n'est pas encore annoncé."));
    }

    @Test
    @DisplayName("a closed listing whose every deadline has passed is left alone")
    void closedAndPast() throws Exception {
        List<Finding> findings = findings("production-mentorship.json",
                CLOSED_WITH_LATER_INTAKE.replace("2027-07-02", "2026-09-02").replace("2027-05-03", "2026-08-03"));
        assertThat(findings).extracting(Finding::ruleId).doesNotContain("opdl.dates.closed-later-intake");
    }

    private static List<Finding> findings(String name, String json) throws Exception {
        List<Finding> findings = new ArrayList<>();
        Validator v = new Validator(BuiltInRules.registry(), Standard.standard(), TestInputs.SCHEMA,
                ValidationOptions.defaults(LocalDate.of(2026, 12, 1)));
        try (ValidationRun run = v.start()) {
            run.file(name, Formats.named("json").orElseThrow().reader(Limits.DEFAULT),
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
            run.finish().groups().forEach(g -> g.shown().stream().map(Occurrence::finding).forEach(findings::add));
        }
        return findings;
    }
}
