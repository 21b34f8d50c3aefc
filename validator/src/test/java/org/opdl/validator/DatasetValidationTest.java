package org.opdl.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Lang;
import org.opdl.schema.convert.Formats;
import org.opdl.schema.format.Format;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ListingWriter;
import org.opdl.schema.format.WriteOptions;
import org.opdl.validator.catalogue.Conformance;
import org.opdl.validator.report.Occurrence;
import org.opdl.validator.rules.BuiltInRules;
import org.opdl.validator.rule.Standard;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@DisplayName("A dataset's own fields are checked against dataset.schema.json, in every format, with places")
class DatasetValidationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);

    @Test
    @DisplayName("a foreign @context, type Datasett, standardVersion 5, a licence and a date that are not, and an unknown field each get a finding at their line")
    void hostileDataset() throws IOException {
        ObjectNode dataset = JSON.createObjectNode();
        dataset.put("@context", "https://example.org/context.jsonld");
        dataset.put("type", "Datasett");
        dataset.put("standardVersion", 5);
        dataset.putObject("publisher").putObject("name").put("en", "Canadian Media Producers Association");
        dataset.put("license", "not a url");
        dataset.put("generated", "yesterday");
        dataset.put("publishedBy", "CMPA");
        dataset.putArray("listings").add(Conformance.base());
        String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(dataset);
        List<Finding> findings = validate("dataset.json", Formats.named("json").orElseThrow(),
                text.getBytes(StandardCharsets.UTF_8));
        assertThat(findings).extracting(f -> f.location().pointer())
                .contains("/@context", "/type", "/standardVersion", "/license", "/generated", "/publishedBy");
        assertThat(findings).filteredOn(f -> f.location().record() < 0).hasSizeGreaterThanOrEqualTo(6).allSatisfy(f -> assertThat(f.location()).isInstanceOfSatisfying(Location.Json.class,
                at -> assertThat(at.line()).isPositive()));
        Finding license = findings.stream().filter(f -> f.location().pointer().equals("/license")).findFirst().orElseThrow();
        assertThat(((Location.Json) license.location()).line()).isEqualTo(lineOf(text, "\"license\""));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"json", "ndjson", "csv", "ttl", "nt", "jsonld", "rdfxml"})
    @DisplayName("an ftp licence and a production date without a time are found in every format that carries a dataset")
    void everyFormat(String name) throws IOException {
        ObjectNode fields = JSON.createObjectNode();
        fields.put("standardVersion", "0.2");
        fields.putObject("publisher").putObject("name").put("en", "Canadian Media Producers Association");
        fields.put("license", "ftp://example.org/licence");
        fields.put("generated", "2025-06-01");
        Format format = Formats.named(name).orElseThrow();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ListingWriter writer = format.writer(bytes, new WriteOptions(Lang.EN, false));
        writer.begin(fields, pointer -> new Location.Json("in.json", -1, pointer, 0, 0));
        for (var r : TestInputs.records("in.json", List.of(Conformance.base()))) {
            writer.write(r);
        }
        writer.end(null, null);
        List<Finding> findings = validate("dataset." + name, format, bytes.toByteArray());
        assertThat(findings).extracting(f -> f.location().pointer()).contains("/license", "/generated");
    }

    @Test
    @DisplayName("the valid example dataset gives no finding about the dataset")
    void validDataset() throws IOException {
        ObjectNode dataset = JSON.createObjectNode();
        dataset.put("@context", "https://w3id.org/opdl/context/0.2.jsonld");
        dataset.put("type", "Dataset");
        dataset.put("standardVersion", "0.2");
        dataset.putObject("publisher").putObject("name").put("en", "Canadian Media Producers Association");
        dataset.put("license", "https://creativecommons.org/licenses/by/4.0/");
        dataset.put("generated", "2025-06-01T12:00:00Z");
        dataset.putArray("listings").add(Conformance.base());
        List<Finding> findings = validate("dataset.json", Formats.named("json").orElseThrow(),
                JSON.writeValueAsBytes(dataset));
        assertThat(findings).noneMatch(f -> f.location().record() < 0);
    }

    private static int lineOf(String text, String needle) {
        return text.substring(0, text.indexOf(needle)).split("\n", -1).length;
    }

    private static List<Finding> validate(String source, Format format, byte[] bytes) throws IOException {
        Validator v = new Validator(BuiltInRules.registry(), Standard.standard(), TestInputs.SCHEMA,
                ValidationOptions.defaults(AS_OF));
        try (ValidationRun run = v.start()) {
            run.file(source, format.reader(Limits.DEFAULT), new ByteArrayInputStream(bytes));
            List<Finding> out = new ArrayList<>();
            run.finish().groups().forEach(g -> g.shown().stream().map(Occurrence::finding).forEach(out::add));
            return out;
        }
    }
}
