package org.opdl.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opdl.model.field.Field;
import org.opdl.model.field.FieldTree;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Lang;
import org.opdl.schema.convert.Conversion;
import org.opdl.schema.convert.Formats;
import org.opdl.schema.format.Format;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.WriteOptions;
import org.opdl.validator.report.Occurrence;
import org.opdl.validator.rule.Standard;
import org.opdl.validator.rules.BuiltInRules;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The listings in {@code docs/examples/sourced/} state only facts that a public source gives, each
 * source named in {@code sources}; the standard must take them as they are.
 */
@DisplayName("Each listing of real programs in docs/examples/sourced")
class SourcedExamplesTest {

    private static final Path DIR = Path.of(System.getProperty("opdl.root"), "docs/examples/sourced");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static List<Path> listings() {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Arguments> listingsAndFormats() {
        List<Arguments> out = new ArrayList<>();
        for (Path p : listings()) {
            for (Format f : Formats.all()) {
                out.add(Arguments.of(p.getFileName().toString(), f.name(), Lang.EN));
            }
            out.add(Arguments.of(p.getFileName().toString(), "csv", Lang.FR));
            out.add(Arguments.of(p.getFileName().toString(), "xlsx", Lang.FR));
        }
        return out.stream();
    }

    @Test
    @DisplayName("the corpus holds at least 20 programs, each naming its public sources")
    void corpus() throws IOException {
        assertThat(listings()).hasSizeGreaterThanOrEqualTo(20);
        for (Path p : listings()) {
            JsonNode l = JSON.readTree(p.toFile());
            assertThat(l.path("sources").size()).as("%s names its sources", p.getFileName()).isPositive();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listings")
    @DisplayName("passes validation with no error")
    void valid(Path file) throws IOException {
        Validator v = new Validator(BuiltInRules.registry(), Standard.standard(), TestInputs.SCHEMA,
                ValidationOptions.defaults(LocalDate.of(2026, 12, 1)));
        List<Finding> findings = new ArrayList<>();
        try (ValidationRun run = v.start()) {
            run.file(file.getFileName().toString(), Formats.named("json").orElseThrow().reader(Limits.DEFAULT),
                    new ByteArrayInputStream(Files.readAllBytes(file)));
            run.finish().groups().forEach(g -> g.shown().stream().map(Occurrence::finding).forEach(findings::add));
        }
        assertThat(findings).filteredOn(f -> f.severity() == Severity.ERROR)
                .extracting(f -> f.ruleId() + " " + f.location().pointer()).isEmpty();
    }

    @ParameterizedTest(name = "{0} via {1} ({2} headings)")
    @MethodSource("listingsAndFormats")
    @DisplayName("comes back from every format with every fact")
    void roundTrip(String name, String via, Lang lang) throws IOException {
        byte[] json = Files.readAllBytes(DIR.resolve(name));
        Format jsonFormat = Formats.named("json").orElseThrow();
        Format middle = Formats.named(via).orElseThrow();
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        Conversion.run(name, new ByteArrayInputStream(json), jsonFormat, Limits.DEFAULT, written, middle,
                new WriteOptions(lang, false), f -> { });
        ByteArrayOutputStream back = new ByteArrayOutputStream();
        Conversion.run(name + "." + via, new ByteArrayInputStream(written.toByteArray()), middle, Limits.DEFAULT, back,
                jsonFormat, WriteOptions.DEFAULT, f -> { });
        JsonNode read = JSON.readTree(back.toByteArray());
        assertThat(read.isArray()).as("one listing comes back as an array of one").isTrue();
        assertThat(read.size()).isEqualTo(1);
        assertThat(facts(read.get(0))).isEqualTo(facts(JSON.readTree(json)));
    }

    /** The listing without its JSON-LD context mark, which RDF forms carry in the graph, in a canonical order. */
    private static JsonNode facts(JsonNode listing) {
        ObjectNode copy = (ObjectNode) listing.deepCopy();
        copy.remove("@context");
        return canonical(copy, FieldTree.listing().root());
    }

    /** Sorts object keys, and the items of arrays whose order means nothing. */
    private static JsonNode canonical(JsonNode node, Field shape) {
        if (!node.isObject()) {
            return node;
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        new TreeSet<>(node.propertyNames()).forEach(key -> {
            Field f = shape == null ? null : shape.child(key).orElse(null);
            JsonNode v = node.get(key);
            if (f != null && f.repeat() && v.isArray()) {
                List<JsonNode> items = new ArrayList<>();
                v.forEach(item -> items.add(canonical(item, f)));
                if (!f.ordered()) {
                    items.sort(Comparator.comparing(JsonNode::toString));
                }
                out.putArray(key).addAll(items);
            } else {
                out.set(key, canonical(v, f));
            }
        });
        return out;
    }
}
