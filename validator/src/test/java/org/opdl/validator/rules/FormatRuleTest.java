package org.opdl.validator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Lang;
import org.opdl.schema.format.SourceRecord;
import org.opdl.validator.TestInputs;
import org.opdl.validator.ValidationOptions;
import org.opdl.validator.ValidationRun;
import org.opdl.validator.Validator;
import org.opdl.validator.catalogue.Conformance;
import org.opdl.validator.report.Occurrence;
import org.opdl.validator.rule.Standard;
import tools.jackson.databind.node.ObjectNode;

@DisplayName("opdl.structure.format: the example in the fix is written as the listing's own format takes it")
class FormatRuleTest {

    @Test
    @DisplayName("JSON shows the example as JSON, with its quotes")
    void json() {
        ObjectNode listing = Conformance.base().put("lastUpdated", "2025-02-30T09:00:00Z");
        Finding f = format(TestInputs.records("case.json", List.of(listing)).get(0));
        assertThat(f.fix().in(Lang.EN)).startsWith("Write it like this: \"").endsWith("\".");
    }

    @Test
    @DisplayName("a spreadsheet row shows the example as a cell takes it, without JSON's quotes, in both languages")
    void sheet() {
        ObjectNode listing = Conformance.base().put("lastUpdated", "2025-02-30T09:00:00Z");
        SourceRecord row = new SourceRecord(0, listing,
                pointer -> new Location.Csv("programs.csv", 0, pointer, 2, "Last updated", "DA"), List.of());
        Finding f = format(row);
        assertThat(f.fix().in(Lang.EN)).startsWith("Write it like this: 20").doesNotContain("\"");
        assertThat(f.fix().in(Lang.FR)).startsWith("Écrivez-la ainsi : 20").doesNotContain("\"");
    }

    private static Finding format(SourceRecord record) {
        Validator v = new Validator(BuiltInRules.registry(), Standard.standard(), TestInputs.SCHEMA,
                ValidationOptions.defaults(LocalDate.of(2025, 2, 1)));
        try (ValidationRun run = v.start()) {
            run.records("case", List.of(record));
            return run.finish().groups().stream().flatMap(g -> g.shown().stream()).map(Occurrence::finding)
                    .filter(f -> f.ruleId().equals("opdl.structure.format")).findFirst().orElseThrow();
        }
    }
}
