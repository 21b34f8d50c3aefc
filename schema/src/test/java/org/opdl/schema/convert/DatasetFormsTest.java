package org.opdl.schema.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Lang;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.WriteOptions;
import org.opdl.schema.shape.DatasetFields;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@DisplayName("A dataset's own fields in each format")
class DatasetFormsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path EXAMPLE = Path.of(System.getProperty("opdl.root", "..")).resolve("docs/examples/dataset.json");

    static String convert(String text, String from, String to, Lang lang) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Conversion.run("in." + from, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                Formats.named(from).orElseThrow(), Limits.DEFAULT, out, Formats.named(to).orElseThrow(),
                new WriteOptions(lang, false), f -> { });
        return out.toString(StandardCharsets.UTF_8);
    }

    static JsonNode toJson(String text, String from) throws IOException {
        return JSON.readTree(convert(text, from, "json", Lang.EN));
    }

    @ParameterizedTest(name = "json to {0} and back")
    @ValueSource(strings = {"json", "ndjson", "csv", "ttl", "nt", "jsonld", "rdfxml"})
    @DisplayName("the example dataset, whose publisher is also its listings' provider, comes back whole")
    void example(String via) throws IOException {
        String original = Files.readString(EXAMPLE);
        JsonNode back = toJson(convert(original, "json", via, Lang.FR), via);
        ObjectNode expected = (ObjectNode) JSON.readTree(original);
        if (!via.equals("json")) {
            expected = DatasetFields.completed(expected);
        }
        assertThat(strip(back)).isEqualTo(strip(expected));
        assertThat(canonical(back)).isEqualTo(canonical(JSON.readTree(original)));
    }

    @ParameterizedTest(name = "json to {0} and back")
    @ValueSource(strings = {"json", "ndjson", "csv", "xlsx", "ttl", "nt", "jsonld", "rdfxml"})
    @DisplayName("a dataset's own list of organisations comes back one organisation each, never merged into one")
    void sharedOrganisations(String via) throws IOException {
        String original = Files.readString(EXAMPLE.resolveSibling("dataset-shared-organizations.json"));
        JsonNode back = via.equals("xlsx") ? JSON.readTree(viaWorkbook(original)) : toJson(convert(original, "json", via, Lang.FR), via);
        assertThat(byId(back.get("organizations"))).isEqualTo(byId(JSON.readTree(original).get("organizations")));
    }

    /** JSON to a workbook and back: a workbook is bytes, not text. */
    private static String viaWorkbook(String json) throws IOException {
        ByteArrayOutputStream book = new ByteArrayOutputStream();
        Conversion.run("in.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), Formats.named("json").orElseThrow(),
                Limits.DEFAULT, book, Formats.named("xlsx").orElseThrow(), new WriteOptions(Lang.FR, false), f -> { });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Conversion.run("in.xlsx", new ByteArrayInputStream(book.toByteArray()), Formats.named("xlsx").orElseThrow(), Limits.DEFAULT,
                out, Formats.named("json").orElseThrow(), new WriteOptions(Lang.EN, false), f -> { });
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The organisations as a map from id, since RDF keeps no order. */
    private static java.util.Map<String, JsonNode> byId(JsonNode organisations) {
        java.util.Map<String, JsonNode> out = new java.util.TreeMap<>();
        assertThat(organisations).as("organizations").isNotNull();
        organisations.forEach(o -> out.put(o.path("id").asString(""), o));
        return out;
    }

    /** The listings as canonical JSON, sorted by id: RDF keeps neither listing nor set order. */
    private static List<JsonNode> canonical(JsonNode dataset) {
        List<JsonNode> out = new ArrayList<>();
        ExampleTwinsTest.listings(dataset).forEach(l -> out.add(RoundTripTest.Canonical.of(l,
                org.opdl.model.field.FieldTree.listing().root())));
        out.sort(java.util.Comparator.comparing(l -> l.get("id").stringValue()));
        return out;
    }

    private static ObjectNode strip(JsonNode dataset) {
        ObjectNode copy = (ObjectNode) dataset.deepCopy();
        copy.remove("listings");
        return copy;
    }

    @Nested
    @DisplayName("in a spreadsheet")
    class Spreadsheet {

        private List<String> lines(String csv) {
            return new ArrayList<>(csv.replace("\uFEFF", "").lines().toList());
        }

        @Test
        @DisplayName("the dataset columns are on every row, so rows sorted in any order give the same dataset")
        void sortedRows() throws IOException {
            String csv = convert(Files.readString(EXAMPLE), "json", "csv", Lang.EN);
            List<String> rows = lines(csv);
            assertThat(rows.get(0)).endsWith("Standard version,Publisher ID,Publisher name (en),Publisher name (fr),"
                    + "Publisher website,Licence,Generated,Organization ID,Organization name (en),Organization name (fr),"
                    + "Organization website");
            List<String> sorted = new ArrayList<>(rows.subList(1, rows.size()));
            java.util.Collections.reverse(sorted);
            sorted.add(0, rows.get(0));
            assertThat(strip(toJson(String.join("\n", sorted), "csv"))).isEqualTo(strip(toJson(csv, "csv")));
        }

        @Test
        @DisplayName("French headings are read, and a blank dataset cell takes the value of the other rows")
        void frenchAndBlank() throws IOException {
            String csv = "ID de la fiche,Version de la norme,Licence,Nom de l'éditeur (fr)\n"
                    + "listing:a/1,0.2,,Société des médias de l'Île\n"
                    + "listing:a/2,,https://creativecommons.org/licenses/by/4.0/,\n"
                    + "listing:a/3,0.2,,Société des médias de l'Île\n";
            JsonNode back = toJson(csv, "csv");
            assertThat(back.get("standardVersion").stringValue()).isEqualTo("0.2");
            assertThat(back.get("license").stringValue()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
            assertThat(back.get("publisher").get("name").get("fr").stringValue()).isEqualTo("Société des médias de l'Île");
            assertThat(back.get("type").stringValue()).isEqualTo("Dataset");
            assertThat(back.get("listings")).hasSize(3);
        }

        @Test
        @DisplayName("two rows with different values in a dataset column stop the read, naming both rows and the heading")
        void conflict() {
            String csv = "Listing ID,Licence\n"
                    + "listing:a/1,https://creativecommons.org/licenses/by/4.0/\n"
                    + "listing:a/2,\n"
                    + "listing:a/3,https://creativecommons.org/licenses/by-sa/4.0/\n";
            assertThatThrownBy(() -> convert(csv, "csv", "json", Lang.EN))
                    .isInstanceOfSatisfying(ReadException.class, e -> {
                        assertThat(e.ruleId()).isEqualTo("opdl.convert.unmappable");
                        assertThat(e.text().en()).contains("rows 2 and 4").contains("\"Licence\"");
                        assertThat(e.text().fr()).contains("rangées 2 et 4");
                        assertThat(e.location()).isInstanceOfSatisfying(Location.Csv.class,
                                at -> assertThat(at.row()).isEqualTo(4));
                    });
        }

        @Test
        @DisplayName("a part of the publisher first given below the first listing row is refused with the fix")
        void splitPublisher() {
            String csv = "Listing ID,Publisher ID,Publisher website\n"
                    + "listing:a/1,provider:a,\n"
                    + "listing:a/2,,https://a.example.ca/\n";
            assertThatThrownBy(() -> convert(csv, "csv", "json", Lang.EN))
                    .isInstanceOfSatisfying(ReadException.class, e -> {
                        assertThat(e.text().en()).contains("Publisher website").contains("row 3");
                        assertThat(e.fix().en()).contains("first");
                    });
        }

        @Test
        @DisplayName("a sheet of listings only stays a bare array, with no dataset columns written")
        void bare() throws IOException {
            String csv = convert("[{\"id\": \"listing:a/1\"}]", "json", "csv", Lang.EN);
            assertThat(lines(csv).get(0)).doesNotContain("Licence");
            assertThat(toJson(csv, "csv").isArray()).isTrue();
        }
    }

    @Nested
    @DisplayName("in NDJSON")
    class Ndjson {

        @Test
        @DisplayName("the first line holds the dataset's fields, marked \"type\": \"Dataset\"; the validator's reader skips it")
        void firstLine() throws IOException {
            String nd = convert(Files.readString(EXAMPLE), "json", "ndjson", Lang.EN);
            JsonNode first = JSON.readTree(nd.lines().findFirst().orElseThrow());
            assertThat(first.get("type").stringValue()).isEqualTo("Dataset");
            assertThat(first.has("listings")).isFalse();
            List<JsonNode> records = new ArrayList<>();
            Formats.named("ndjson").orElseThrow().reader(Limits.DEFAULT).read("d.ndjson",
                    new ByteArrayInputStream(nd.getBytes(StandardCharsets.UTF_8)), r -> records.add(r.listing()), f -> { });
            assertThat(records).hasSize(5).noneMatch(DatasetFields::isMarked);
        }

        @Test
        @DisplayName("a dataset line among the listings is refused, naming its line")
        void misplaced() {
            String nd = "{\"id\": \"listing:a/1\"}\n{\"type\": \"Dataset\", \"license\": \"https://x.example/\"}\n{\"id\": \"listing:a/2\"}\n";
            assertThatThrownBy(() -> convert(nd, "ndjson", "json", Lang.EN))
                    .isInstanceOfSatisfying(ReadException.class, e -> assertThat(e.text().en()).contains("line 2"));
        }
    }

    @Nested
    @DisplayName("in RDF")
    class Rdf {

        @Test
        @DisplayName("a graph with two datasets is refused")
        void twoDatasets() {
            String ttl = "@prefix opdl: <https://w3id.org/opdl/ns#> .\n"
                    + "[] a opdl:Dataset ; opdl:standardVersion \"0.2\" .\n"
                    + "[] a opdl:Dataset ; opdl:standardVersion \"0.2\" .\n";
            assertThatThrownBy(() -> convert(ttl, "ttl", "json", Lang.EN))
                    .isInstanceOfSatisfying(ReadException.class, e -> assertThat(e.text().en()).contains("second dataset"));
        }

        @Test
        @DisplayName("N-Triples may give the dataset's own triples after its listings, but not a dataset met after a listing")
        void datasetAfterListings() throws IOException {
            String nt = convert(Files.readString(EXAMPLE), "json", "nt", Lang.EN);
            List<String> lines = new ArrayList<>(nt.lines().toList());
            List<String> own = new ArrayList<>(lines.subList(0, 8));
            assertThat(own).allMatch(l -> !l.contains("ns#listing>"));
            lines.removeAll(own);
            lines.addAll(own);
            JsonNode late = toJson(String.join("\n", lines) + "\n", "nt");
            assertThat(strip(late)).isEqualTo(strip(toJson(nt, "nt")));

            List<String> unlinked = new ArrayList<>(lines);
            List<String> links = unlinked.stream().filter(l -> l.contains("ns#listing>")).toList();
            unlinked.removeAll(links);
            unlinked.addAll(links);
            assertThatThrownBy(() -> convert(String.join("\n", unlinked) + "\n", "nt", "json", Lang.EN))
                    .isInstanceOfSatisfying(ReadException.class, e -> assertThat(e.fix().en()).contains("--from ttl"));
            assertThat(toJson(String.join("\n", unlinked) + "\n", "ttl").get("listings")).hasSize(5);
        }

        @Test
        @DisplayName("the JSON-LD output of a dataset is the dataset object itself, marked and under the context")
        void jsonLd() throws IOException {
            JsonNode doc = JSON.readTree(convert(Files.readString(EXAMPLE), "json", "jsonld", Lang.EN));
            assertThat(doc.get("@context").stringValue()).isEqualTo("https://w3id.org/opdl/context/0.2.jsonld");
            assertThat(doc.get("type").stringValue()).isEqualTo("Dataset");
            assertThat(doc.get("listings")).hasSize(5);
            assertThat(doc.has("@graph")).isFalse();
        }
    }
}
