package org.opdl.validator.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opdl.model.text.Lang;
import org.opdl.validator.TestInputs;
import org.opdl.validator.ValidationOptions;
import org.opdl.validator.ValidationRun;
import org.opdl.validator.Validator;
import org.opdl.validator.catalogue.Conformance;
import org.opdl.validator.rules.BuiltInRules;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@DisplayName("Reports render as text, JSON and SARIF")
class ReportRenderingTest {

    private static Report report;

    @BeforeAll
    static void validateAFloodAndOneOtherProblem() {
        List<ObjectNode> listings = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ObjectNode l = Conformance.base();
            l.put("id", "listing:nsi/lab-" + i);
            l.putObject("title").put("en", "Producers Lab " + i).put("fr", "Laboratoire " + i);
            l.putArray("carrerStages").add("emerging");
            if (i == 2) {
                l.putObject("contact").put("email", "labs at nsi-canada.ca");
            }
            listings.add(l);
        }
        Validator v = Validator.standard(ValidationOptions.defaults(LocalDate.parse("2025-02-01")));
        try (ValidationRun run = v.start()) {
            run.records("listings.json", TestInputs.records("listings.json", listings));
            report = run.finish();
        }
    }

    @Nested
    @DisplayName("a flood")
    class Flood {
        @Test
        @DisplayName("the same misspelled field in every listing is one finding that says how many listings have it")
        void collapses() {
            RuleGroup g = group("opdl.structure.unknown-property");
            assertThat(g.count()).isEqualTo(1);
            assertThat(g.shown()).singleElement().satisfies(o -> assertThat(o.listings()).isEqualTo(6));
        }
    }

    @Nested
    @DisplayName("as text")
    class AsText {
        @Test
        @DisplayName("groups by rule, caps occurrences and ends with a summary, in English and French")
        void text() {
            StringWriter en = new StringWriter();
            new TextRenderer(Lang.EN, false, 1).render(report, new PrintWriter(en));
            assertThat(en.toString()).contains("ERROR opdl.structure.unknown-property — Unknown field (1)")
                    .contains("in all 6 listings").contains("did you mean `careerStages`?")
                    .contains("Summary: 2 errors, 0 warnings, 0 info in 6 listings (1 file)")
                    .doesNotContain("\u001b[");
            StringWriter fr = new StringWriter();
            new TextRenderer(Lang.FR, true, 1).render(report, new PrintWriter(fr));
            assertThat(fr.toString()).contains("ERREUR").contains("Résumé : 2 erreurs").contains("\u001b[1;31m");
        }

        @Test
        @DisplayName("in French, 0 and 1 take the singular (0 avertissement, 1 fichier); in English only 1 does")
        void frenchSingularForZeroAndOne() {
            assertThat(new TextRenderer(Lang.FR, false, 1).summary(report))
                    .isEqualTo("Résumé : 2 erreurs, 0 avertissement, 0 info dans 6 fiches (1 fichier)");
            assertThat(new TextRenderer(Lang.EN, false, 1).summary(report))
                    .isEqualTo("Summary: 2 errors, 0 warnings, 0 info in 6 listings (1 file)");
        }
    }

    @Nested
    @DisplayName("as JSON")
    class AsJson {
        @Test
        @DisplayName("validates against the report's published JSON Schema in both languages")
        void matchesSchema() throws Exception {
            Schema schema = schema("/org/opdl/validator/report.schema.json", SpecificationVersion.DRAFT_2020_12);
            for (Lang lang : Lang.values()) {
                JsonNode tree = new JsonRenderer(lang).tree(report);
                List<Error> errors = schema.validate(tree);
                assertThat(errors).as(tree.toString()).isEmpty();
                assertThat(tree.at("/summary/error").asInt()).isEqualTo(2);
            }
        }

        @Test
        @DisplayName("the schema published in docs/ is the one shipped in the jar")
        void publishedCopyMatches() throws Exception {
            java.nio.file.Path docs = java.nio.file.Path.of(System.getProperty("opdl.root"),
                    "docs/schema/validation-report.schema.json");
            try (InputStream in = ReportRenderingTest.class.getResourceAsStream("/org/opdl/validator/report.schema.json")) {
                assertThat(java.nio.file.Files.readString(docs)).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    @Nested
    @DisplayName("as SARIF")
    class AsSarif {
        @Test
        @DisplayName("meets the structural requirements of SARIF 2.1.0, and each result points at its rule")
        void sarifStructure() throws Exception {
            JsonNode log = new SarifRenderer(Lang.EN, BuiltInRules.registry(), "0.1.0").tree(report);
            Schema schema = schema("/org/opdl/validator/report/sarif-2.1.0-requirements.schema.json",
                    SpecificationVersion.DRAFT_2020_12);
            assertThat(schema.validate(log)).as(log.toString()).isEmpty();
            JsonNode result = log.at("/runs/0/results/0");
            int index = result.get("ruleIndex").asInt();
            assertThat(log.at("/runs/0/tool/driver/rules/" + index + "/id").asString())
                    .isEqualTo(result.get("ruleId").asString());
        }
    }

    static RuleGroup group(String id) {
        return report.groups().stream().filter(g -> g.ruleId().equals(id)).findFirst().orElseThrow();
    }

    static Schema schema(String resource, SpecificationVersion version) throws Exception {
        try (InputStream in = ReportRenderingTest.class.getResourceAsStream(resource)) {
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(version, b -> b
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                    .schemaLoader(l -> l.fetchRemoteResources(false)));
            return registry.getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
        }
    }
}
