package org.opdl.validator.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opdl.model.finding.Finding;
import org.opdl.schema.convert.Formats;
import org.opdl.validator.TestInputs;
import org.opdl.validator.ValidationOptions;
import org.opdl.validator.ValidationRun;
import org.opdl.validator.Validator;
import org.opdl.validator.report.Occurrence;
import org.opdl.validator.report.Report;
import org.opdl.validator.rule.Rule;
import org.opdl.validator.rule.Standard;
import org.opdl.validator.rules.BuiltInRules;

@DisplayName("Every rule's conformance cases give exactly the findings they expect")
class ConformanceTest {

    static Stream<ConformanceCase> cases() {
        return BuiltInRules.registry().all().stream().map(Rule::id).flatMap(id -> Conformance.forRule(id).stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @DisplayName("a case checked as JSON gives exactly its expected findings")
    void caseGivesItsFindings(ConformanceCase c) {
        assertThat(run(c)).as(c.rule() + " " + c.name()).containsExactlyElementsOf(c.expect());
    }

    /** Rules of the binary workbook format, whose cases live in the schema module's XLSX tests. */
    private static final java.util.Set<String> WORKBOOK_RULES = java.util.Set.of("opdl.syntax.xlsx", "opdl.limit.xlsx",
            "opdl.xlsx.unjoined", "opdl.xlsx.unknown-sheet", "opdl.xlsx.cell-error", "opdl.xlsx.formula", "opdl.xlsx.hidden",
            "opdl.xlsx.hyperlink", "opdl.xlsx.cell-note", "opdl.xlsx.merged");

    @Test
    @DisplayName("the base listing every case starts from is clean")
    void baseIsClean() {
        ConformanceCase base = new ConformanceCase("opdl.x.y", "pass-base", List.of("json"),
                java.time.LocalDate.parse(Conformance.DEFAULT_AS_OF), List.of(), Conformance.base(),
                List.of(Conformance.base()), java.util.Optional.empty(), java.nio.charset.StandardCharsets.UTF_8,
                org.opdl.schema.format.Limits.DEFAULT, 0);
        assertThat(run(base)).isEmpty();
    }

    @Test
    @DisplayName("every rule has a passing and a failing case, and they agree with their names")
    void everyRuleHasBothCases() {
        // The workbook's rules need a binary file, which a conformance case (text) cannot hold;
        // XlsxHostileTest and XlsxReaderTest in the schema module give each its failing and passing workbook.
        List<String> problems = new ArrayList<>();
        for (Rule rule : BuiltInRules.registry().all()) {
            if (WORKBOOK_RULES.contains(rule.id())) {
                continue;
            }
            List<ConformanceCase> cases = Conformance.forRule(rule.id());
            if (cases.stream().noneMatch(ConformanceCase::passing)) {
                problems.add(rule.id() + " has no pass- case");
            }
            if (cases.stream().noneMatch(c -> !c.passing())) {
                problems.add(rule.id() + " has no fail- case");
            }
            for (ConformanceCase c : cases) {
                boolean reports = c.expect().stream().anyMatch(e -> e.split(" ")[1].equals(rule.id()));
                if (reports == c.passing()) {
                    problems.add(rule.id() + " " + c.name() + (c.passing() ? " expects the rule" : " does not expect the rule"));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    static List<String> run(ConformanceCase c) {
        Validator v = new Validator(BuiltInRules.registry(), Standard.standard(), TestInputs.SCHEMA,
                ValidationOptions.defaults(c.asOf()).withLimits(c.limits()));
        Report report;
        try (ValidationRun run = v.start()) {
            if (c.raw().isPresent()) {
                // The raw text is written in the case's first format, followed by its padding.
                String format = c.formats().isEmpty() ? "json" : c.formats().get(0);
                byte[] bytes = (c.raw().get() + "x".repeat(c.pad())).getBytes(c.charset());
                run.file("case." + format, Formats.named(format).orElseThrow().reader(c.limits()),
                        new ByteArrayInputStream(bytes));
            } else {
                run.records("case.json", TestInputs.records("case.json", c.listings()));
            }
            report = run.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return report.groups().stream().flatMap(g -> g.shown().stream()).map(Occurrence::finding)
                .sorted(java.util.Comparator.comparing((Finding f) -> f.location().record())
                        .thenComparing(f -> f.location().pointer()))
                .map(f -> f.compact().strip()).toList();
    }
}
