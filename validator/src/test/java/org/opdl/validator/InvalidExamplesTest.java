package org.opdl.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;
import org.opdl.model.finding.Finding;
import org.opdl.model.text.Lang;
import org.opdl.schema.convert.Formats;
import org.opdl.schema.format.Limits;
import org.opdl.validator.report.Occurrence;
import org.opdl.validator.rule.Standard;
import org.opdl.validator.rules.BuiltInRules;

@DisplayName("Each example in docs/examples/invalid/findings gives its finding, with a place and a fix in English and French")
class InvalidExamplesTest {

    private static final Path DIR = Path.of(System.getProperty("opdl.root"), "docs/examples/invalid/findings");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "stream-without-stages.json, opdl.eligibility.stream-without-stages, /streams/2",
        "alternative-never-holds.json, opdl.eligibility.alternative-never-holds, /eligibilityAlternatives/1/lowestStage",
        "dataset-organization-described-two-ways.json, opdl.dataset.organization-conflict, /provider",
        "newer-field-in-0.1-file.json, opdl.version.newer-field, /sources",
        "duration-min-above-max.json, opdl.dates.duration-min-above-max, /minDuration",
    })
    void givesItsFinding(String file, String rule, String pointer) throws IOException {
        List<Finding> findings = validate(file, Files.readAllBytes(DIR.resolve(file)));
        assertThat(findings).filteredOn(f -> f.ruleId().equals(rule)).singleElement().satisfies(f -> {
            assertThat(f.location().pointer()).isEqualTo(pointer);
            assertThat(f.message(Lang.EN)).isNotBlank().isNotEqualTo(f.message(Lang.FR));
            assertThat(f.fix().en()).isNotBlank();
            assertThat(f.fix().fr()).isNotBlank().isNotEqualTo(f.fix().en());
        });
        assertThat(findings).as("no other error").filteredOn(f -> f.severity() == org.opdl.model.finding.Severity.ERROR)
                .extracting(Finding::ruleId).allMatch(rule::equals);
    }

    private static List<Finding> validate(String source, byte[] bytes) throws IOException {
        Validator v = new Validator(BuiltInRules.registry(), Standard.standard(), TestInputs.SCHEMA,
                ValidationOptions.defaults(LocalDate.of(2025, 6, 1)));
        try (ValidationRun run = v.start()) {
            run.file(source, Formats.named("json").orElseThrow().reader(Limits.DEFAULT), new ByteArrayInputStream(bytes));
            List<Finding> out = new ArrayList<>();
            run.finish().groups().forEach(g -> g.shown().stream().map(Occurrence::finding).forEach(out::add));
            return out;
        }
    }
}
