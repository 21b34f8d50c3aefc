package org.opdl.validator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.finding.Finding;
import org.opdl.validator.TestInputs;
import org.opdl.validator.ValidationOptions;
import org.opdl.validator.ValidationRun;
import org.opdl.validator.Validator;
import org.opdl.validator.catalogue.Conformance;
import org.opdl.validator.report.Occurrence;
import org.opdl.validator.rule.Standard;
import tools.jackson.databind.node.ObjectNode;

@DisplayName("A listing gets the verdict JSON Schema 2020-12 gives, not the one Java's regular expressions and longs give")
class SpecVerdictTest {

    @Test
    @DisplayName("a country code with a trailing line break fails ^[A-Z]{2}$")
    void trailingLineBreak() {
        assertThat(findings(l -> ((ObjectNode) l.withArray("locations").get(0)).put("country", "CA\n")))
                .containsExactly("opdl.structure.format /locations/0/country");
    }

    @Test
    @DisplayName("a title of only U+3000 fails \\S")
    void ideographicSpace() {
        assertThat(findings(l -> l.withObject("title").put("en", "\u3000"))).anyMatch(f -> f.endsWith(" /title/en")
                && f.startsWith("opdl.structure."));
    }

    @Test
    @DisplayName("minAge 18446744073709551617 is above maxAge 2, and a whole number at or above 0")
    void beyond64Bits() {
        List<String> found = findings(l -> l.withObject("eligibility").put("minAge", new BigInteger("18446744073709551617"))
                .put("maxAge", 2));
        assertThat(found).contains("opdl.eligibility.min-above-max /eligibility/minAge")
                .noneMatch(f -> f.startsWith("opdl.structure."));
    }

    private static List<String> findings(Consumer<ObjectNode> change) {
        ObjectNode listing = Conformance.base();
        change.accept(listing);
        Validator v = new Validator(BuiltInRules.registry(), Standard.standard(), TestInputs.SCHEMA,
                ValidationOptions.defaults(LocalDate.of(2025, 2, 1)));
        try (ValidationRun run = v.start()) {
            run.records("case.json", TestInputs.records("case.json", List.of(listing)));
            return run.finish().groups().stream().flatMap(g -> g.shown().stream()).map(Occurrence::finding)
                    .map((Finding f) -> f.ruleId() + " " + f.location().pointer()).toList();
        }
    }
}
