package org.opdl.validator.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Lang;
import org.opdl.schema.convert.Formats;
import org.opdl.schema.format.Format;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ListingWriter;
import org.opdl.schema.format.WriteOptions;
import org.opdl.validator.TestInputs;
import org.opdl.validator.ValidationOptions;
import org.opdl.validator.ValidationRun;
import org.opdl.validator.Validator;
import org.opdl.validator.report.Occurrence;
import org.opdl.validator.rule.Rule;
import org.opdl.validator.rule.Standard;
import org.opdl.validator.rules.BuiltInRules;

@DisplayName("The same listing gives the same rule ids on the same fields as JSON, CSV or Turtle")
class CrossFormatTest {

    static Stream<Arguments> cases() {
        return BuiltInRules.registry().all().stream().map(Rule::id)
                .flatMap(id -> Conformance.forRule(id).stream())
                .filter(c -> c.raw().isEmpty())
                .flatMap(c -> Stream.of("csv", "ttl").filter(c.formats()::contains).map(f -> Arguments.of(f, c)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    @DisplayName("a case written in another format with the project's writers gives the JSON run's rule ids and pointers")
    void sameFindings(String format, ConformanceCase c) {
        List<String> json = projection(json(c));
        assertThat(projection(in(format, c))).as(format + " " + c.rule() + " " + c.name()).isEqualTo(json);
    }

    @Nested
    @DisplayName("locations are given in the source's own terms")
    class Locations {

        private final ConformanceCase dates = Conformance.forRule("opdl.dates.order").stream()
                .filter(c -> !c.passing()).findFirst().orElseThrow();

        @Test
        @DisplayName("a CSV finding names the row, the column heading and the column letter")
        void csv() {
            Finding f = in("csv", dates).stream().filter(x -> x.ruleId().equals("opdl.dates.order")).findFirst().orElseThrow();
            assertThat(f.location()).isInstanceOfSatisfying(Location.Csv.class, at -> {
                assertThat(at.row()).isEqualTo(2);
                assertThat(at.heading()).isEqualTo("End date");
                assertThat(at.column()).matches("[A-Z]+");
                assertThat(at.pointer()).isEqualTo("/intakes/0/endDate");
            });
        }

        @Test
        @DisplayName("an RDF finding names the subject and the predicate")
        void rdf() {
            Finding f = in("ttl", dates).stream().filter(x -> x.ruleId().equals("opdl.dates.order")).findFirst().orElseThrow();
            assertThat(f.location()).isInstanceOfSatisfying(Location.Rdf.class, at -> {
                assertThat(at.subject()).isNotBlank();
                assertThat(at.predicate()).isEqualTo("https://w3id.org/opdl/ns#endDate");
                assertThat(at.pointer()).isEqualTo("/intakes/0/endDate");
            });
        }
    }

    private static List<String> projection(List<Finding> findings) {
        return findings.stream().map(f -> f.location().record() + " " + f.ruleId() + " " + f.location().pointer())
                .sorted().toList();
    }

    private static List<Finding> json(ConformanceCase c) {
        try (ValidationRun run = validator(c).start()) {
            run.records("case.json", TestInputs.records("case.json", c.listings()));
            return findings(run);
        }
    }

    private static List<Finding> in(String name, ConformanceCase c) {
        Format format = Formats.named(name).orElseThrow();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ValidationRun run = validator(c).start()) {
            ListingWriter writer = format.writer(bytes, new WriteOptions(Lang.EN, false));
            writer.begin(null, null);
            for (var r : TestInputs.records("case." + name, c.listings())) {
                writer.write(r);
            }
            writer.end(null, null);
            run.file("case." + name, format.reader(Limits.DEFAULT), new ByteArrayInputStream(bytes.toByteArray()));
            return findings(run);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Validator validator(ConformanceCase c) {
        return new Validator(BuiltInRules.registry(), Standard.standard(), TestInputs.SCHEMA,
                ValidationOptions.defaults(c.asOf()));
    }

    private static List<Finding> findings(ValidationRun run) {
        List<Finding> out = new ArrayList<>();
        run.finish().groups().forEach(g -> g.shown().stream().map(Occurrence::finding).forEach(out::add));
        out.sort(Comparator.comparing(Finding::ruleId));
        return out;
    }
}
