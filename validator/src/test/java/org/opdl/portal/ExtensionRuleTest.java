package org.opdl.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Lang;
import org.opdl.schema.format.SourceRecord;
import org.opdl.validator.ValidationOptions;
import org.opdl.validator.ValidationRun;
import org.opdl.validator.Validator;
import org.opdl.validator.report.Occurrence;
import org.opdl.validator.report.Report;
import org.opdl.validator.rule.Messages;
import org.opdl.validator.rule.RuleRegistry;
import org.opdl.validator.rule.Standard;
import org.opdl.validator.rules.BuiltInRules;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@DisplayName("A rule from outside the built-in set runs through the public API with its own words")
class ExtensionRuleTest {

    private static final String SCHEMA = "https://w3id.org/opdl/schema/0.2/listing.schema.json";
    private static final String ID = "opdl.portal.free-to-apply";

    @Test
    @DisplayName("registered with its bundle, it reports the Producers Lab's $25 fee in English and French")
    void reportsInBothLanguages() {
        RuleRegistry rules = BuiltInRules.registry()
                .with(new FreeToApplyRule(), Messages.bundle(FreeToApplyRule.class, "portal-messages"));
        Finding f = findings(rules).stream().filter(x -> x.ruleId().equals(ID)).findFirst().orElseThrow();

        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.location().pointer()).isEqualTo("/fees/0");
        assertThat(f.message().in(Lang.EN)).isEqualTo("The listing charges an application fee of 25.00 CAD;"
                + " the portal lists only programs that are free to apply to.");
        assertThat(f.message().in(Lang.FR)).isEqualTo("La fiche exige des frais de candidature de 25.00 CAD;"
                + " le portail ne publie que des programmes sans frais de candidature.");
        assertThat(f.fix().in(Lang.FR)).isEqualTo("Retirez les frais de candidature, ou publiez la fiche ailleurs.");
        assertThat(rules.messages().title(ID).in(Lang.EN)).isEqualTo("Application fee on a free-to-apply portal");
        assertThat(rules.messages().title("opdl.dates.order").in(Lang.EN))
                .isEqualTo(Messages.standard().title("opdl.dates.order").in(Lang.EN));
    }

    @Test
    @DisplayName("registered without words, it is refused at once, naming the rule and the way to give them")
    void refusedWithoutWords() {
        assertThatThrownBy(() -> BuiltInRules.registry().with(new FreeToApplyRule()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(ID).hasMessageContaining("Messages.bundle");
    }

    @Test
    @DisplayName("a bundle that is not there is named in the error")
    void missingBundle() {
        assertThatThrownBy(() -> Messages.bundle(FreeToApplyRule.class, "no-such-messages"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-messages_en.properties");
    }

    private static List<Finding> findings(RuleRegistry rules) {
        ObjectNode listing;
        try (InputStream in = Validator.class.getResourceAsStream("conformance/base-listing.json")) {
            listing = (ObjectNode) JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Validator v = new Validator(rules, Standard.standard(), SCHEMA,
                ValidationOptions.defaults(LocalDate.of(2025, 2, 1)));
        Report report;
        try (ValidationRun run = v.start()) {
            run.records("portal.json", List.of(new SourceRecord(0, listing,
                    pointer -> new Location.Json("portal.json", 0, pointer, 0, 0), List.of())));
            report = run.finish();
        }
        return report.groups().stream().flatMap(g -> g.shown().stream()).map(Occurrence::finding).toList();
    }
}
