package org.opdl.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opdl.schema.json.ListingSchemas;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Every JSON, Turtle, CSV and SPARQL sample shown in the site, the guides and the repository's docs
 * parses, and a JSON sample that names the context is a listing or dataset valid against the JSON Schema.
 */
@DisplayName("Samples in the pages")
class SamplesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

    static List<DocFiles.Block> allBlocks() {
        List<Path> files = new ArrayList<>(DocFiles.siteFiles(".md"));
        files.addAll(DocFiles.repositoryMarkdown());
        return files.stream().flatMap(f -> DocFiles.blocks(f).stream()).toList();
    }

    @TestFactory
    @DisplayName("each sample parses in its language")
    Stream<DynamicTest> samples() {
        List<DocFiles.Block> blocks = allBlocks().stream()
                .filter(b -> List.of("json", "turtle", "ttl", "csv", "sparql").contains(b.language())).toList();
        assertThat(blocks).extracting(DocFiles.Block::language).contains("json", "turtle", "csv", "sparql");
        return blocks.stream().map(b -> DynamicTest.dynamicTest(
                b.language() + " in " + DocFiles.root().relativize(b.file()) + ": " + first(b.body()),
                () -> check(b)));
    }

    private static void check(DocFiles.Block b) {
        switch (b.language()) {
            case "json" -> {
                JsonNode json = JSON.readTree(b.body());
                // The rule catalogue's samples are conformance cases: changes laid over the base
                // listing, some in a 0.1 file on purpose. ConformanceTest runs each of them whole.
                boolean patch = b.file().getFileName().toString().equals("rules.md");
                if (json.has("@context") && !patch) {
                    Schema schema = json.has("standardVersion") ? ListingSchemas.dataset() : ListingSchemas.listing();
                    assertThat(schema.validate(b.body(), InputFormat.JSON)).as("JSON Schema errors").isEmpty();
                }
            }
            case "turtle", "ttl" -> {
                Graph g = GraphFactory.createDefaultGraph();
                RDFParser.fromString(b.body(), org.apache.jena.riot.Lang.TURTLE).parse(g);
                assertThat(g.size()).as("triples").isPositive();
            }
            case "csv" -> {
                List<String[]> rows = new ArrayList<>();
                CSV.readerFor(String[].class).readValues(b.body()).forEachRemaining(r -> rows.add((String[]) r));
                assertThat(rows).as("header and at least one row").hasSizeGreaterThanOrEqualTo(2);
                for (String[] r : rows) {
                    assertThat(r).as("cells of each row").hasSameSizeAs(rows.get(0));
                }
            }
            default -> assertThatCode(() -> QueryFactory.create(b.body())).doesNotThrowAnyException();
        }
    }

    private static String first(String body) {
        String line = body.strip().split("\n", 2)[0];
        return line.length() > 60 ? line.substring(0, 60) + "…" : line;
    }
}
