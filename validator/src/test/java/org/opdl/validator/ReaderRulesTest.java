package org.opdl.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Lang;
import org.opdl.schema.convert.Formats;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ReaderRule;
import org.opdl.validator.report.Report;
import org.opdl.validator.rule.Messages;
import org.opdl.validator.rule.Rule;
import org.opdl.validator.rule.RuleRegistry;
import org.opdl.validator.rules.BuiltInRules;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Reader rules are defined once, and --rule treats them like every other rule")
class ReaderRulesTest {

    @Test
    @DisplayName("every rule a reader can report is in the catalogue, with its severity and words in both languages")
    void catalogued() {
        RuleRegistry registry = BuiltInRules.registry();
        Messages words = registry.messages();
        for (ReaderRule r : ReaderRule.values()) {
            Rule rule = registry.get(r.id()).orElseThrow(() -> new AssertionError(r.id() + " is not in the catalogue"));
            assertThat(rule.info().severity()).as(r.id()).isEqualTo(r.severity());
            for (String part : new String[] {".title", ".meaning", ".message", ".fix"}) {
                assertThat(words.has(r.id() + part)).as(r.id() + part).isTrue();
            }
        }
    }

    @Nested
    @DisplayName("a rule whose finding means the file could not be read")
    class StopsFile {

        @Test
        @DisplayName("cannot be turned off or lowered, and the refusal says why in both languages")
        void refused() {
            for (Severity lower : new Severity[] {null, Severity.WARNING, Severity.INFO}) {
                ValidationOptions o = ValidationOptions.defaults(LocalDate.of(2025, 2, 1)).withRule("opdl.syntax.json", lower);
                assertThatThrownBy(() -> Validator.standard(o))
                        .isInstanceOfSatisfying(RuleOptionException.class, e -> {
                            assertThat(e.text().in(Lang.EN)).contains("opdl.syntax.json").contains("could not be read");
                            assertThat(e.text().in(Lang.FR)).contains("opdl.syntax.json").contains("illisible");
                        });
            }
        }

        @Test
        @DisplayName("can be named as an error, which changes nothing: the broken file still fails")
        void errorStaysError() throws IOException {
            Report r = validate("[{\"id\": \"listing:nsi/producers-lab\",", "json",
                    ValidationOptions.defaults(LocalDate.of(2025, 2, 1)).withRule("opdl.syntax.json", Severity.ERROR));
            assertThat(r.fails(Severity.ERROR)).isTrue();
            assertThat(r.groups()).anyMatch(g -> g.ruleId().equals("opdl.syntax.json") && g.severity() == Severity.ERROR);
        }
    }

    @Test
    @DisplayName("a note a reader makes, such as a semicolon delimiter, can be turned off or given another severity")
    void notesAdjust() throws IOException {
        String csv = "Listing ID;Record type\nlisting:nsi/producers-lab;Listing\n";
        LocalDate asOf = LocalDate.of(2025, 2, 1);
        assertThat(validate(csv, "csv", ValidationOptions.defaults(asOf)).groups())
                .anyMatch(g -> g.ruleId().equals("opdl.csv.delimiter") && g.severity() == Severity.INFO);
        assertThat(validate(csv, "csv", ValidationOptions.defaults(asOf).withRule("opdl.csv.delimiter", Severity.WARNING))
                .groups()).anyMatch(g -> g.ruleId().equals("opdl.csv.delimiter") && g.severity() == Severity.WARNING);
        assertThat(validate(csv, "csv", ValidationOptions.defaults(asOf).withRule("opdl.csv.delimiter", null)).groups())
                .noneMatch(g -> g.ruleId().equals("opdl.csv.delimiter"));
    }

    private static Report validate(String text, String format, ValidationOptions options) throws IOException {
        try (ValidationRun run = Validator.standard(options).start()) {
            run.file("programs." + format, Formats.named(format).orElseThrow().reader(Limits.DEFAULT),
                    new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
            return run.finish();
        }
    }
}
