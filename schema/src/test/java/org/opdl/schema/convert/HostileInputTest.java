package org.opdl.schema.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Lang;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.WriteOptions;
import org.opdl.schema.testing.SheetRead;

@DisplayName("Readers turn bad input into one clear error or a reported note, never a crash")
class HostileInputTest {

    static final String HEAD = "Listing ID,Title (en),Title (fr),Program types,Delivery mode,Application deadline,Places,Stipend amount\n";

    @Nested
    @DisplayName("JSON and NDJSON")
    class Json {
        @Test
        @DisplayName("a duplicate key is refused with its line and column")
        void duplicateKey() {
            assertThatThrownBy(() -> SheetRead.of("json", "[{\"id\": \"listing:a/b\",\n \"id\": \"listing:a/c\"}]"))
                    .isInstanceOfSatisfying(ReadException.class, e -> {
                        assertThat(e.ruleId()).isEqualTo("opdl.syntax.json");
                        assertThat(((Location.Text) e.location()).line()).isEqualTo(2);
                    });
        }

        @Test
        @DisplayName("nesting deeper than the limit is refused, not a stack overflow")
        void deep() {
            String deep = "[" + "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000) + "]";
            assertThatThrownBy(() -> SheetRead.of("json", deep)).isInstanceOfSatisfying(ReadException.class,
                    e -> assertThat(e.ruleId()).isEqualTo("opdl.limit.json"));
        }

        @Test
        @DisplayName("a malformed NDJSON line is named by its file line, and blank lines are counted")
        void ndjsonLine() {
            assertThatThrownBy(() -> SheetRead.of("ndjson", "{\"id\":\"listing:a/1\"}\n\n{\"id\":\"listing:a/2\"}\n{\"id\": }\n"))
                    .isInstanceOfSatisfying(ReadException.class, e -> assertThat(((Location.Text) e.location()).line()).isEqualTo(4));
        }

        @Test
        @DisplayName("the source map gives the line and column of any pointer")
        void sourceMap() throws Exception {
            SheetRead r = SheetRead.of("ndjson", "{\"id\":\"listing:a/1\"}\n{\"id\":\"listing:a/2\",\n\"intakes\":[{\"places\":3}]}\n".replace(",\n", ", "));
            Location.Json at = (Location.Json) r.records().get(1).sourceMap().locate("/intakes/0/places");
            assertThat(at.line()).isEqualTo(2);
            assertThat(at.column()).isGreaterThan(30);
        }

        @Test
        @DisplayName("Windows-1252 bytes are refused as an encoding problem")
        void encoding() {
            byte[] bytes = "[{\"title\":{\"fr\":\"Été\"}}]".getBytes(Charset.forName("windows-1252"));
            assertThatThrownBy(() -> SheetRead.of("json", bytes)).isInstanceOfSatisfying(ReadException.class,
                    e -> assertThat(e.ruleId()).isEqualTo("opdl.syntax.encoding"));
        }
    }

    @Nested
    @DisplayName("CSV from Excel and Google Sheets")
    class Csv {
        @Test
        @DisplayName("labels in either language become codes, French numbers and unambiguous dates are read, each reported")
        void normalised() throws Exception {
            SheetRead r = SheetRead.of("csv", HEAD + "listing:a/1,Lab,Labo,Mentorat | Lab,En ligne,15/03/2026,3,\"1 500,00 $\"\n");
            var l = r.records().get(0).listing();
            assertThat(l.get("programTypes").toString()).isEqualTo("[\"mentorship\",\"lab\"]");
            assertThat(l.get("deliveryMode").stringValue()).isEqualTo("online");
            assertThat(l.at("/intakes/0/applicationDeadline").stringValue()).isEqualTo("2026-03-15");
            assertThat(l.at("/stipend/amount/amount").stringValue()).isEqualTo("1500.00");
            assertThat(r.notes()).as("each reading stated once for the file").extracting(Finding::ruleId)
                    .containsExactly("opdl.csv.label-normalised", "opdl.csv.number-normalised", "opdl.csv.date-normalised");
            assertThat(r.records().get(0).notes()).isEmpty();
        }

        @Test
        @DisplayName("the note on labels read as codes stays a note and does not tell a coordinator who used the dropdowns to write codes")
        void labelNoteAgreesWithDropdowns() throws Exception {
            SheetRead r = SheetRead.of("csv", HEAD + "listing:a/1,Lab,Labo,Mentorat | Lab,En ligne,,,\n");
            assertThat(r.notes()).filteredOn(f -> f.ruleId().equals("opdl.csv.label-normalised")).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.INFO);
                assertThat(f.fix().in(Lang.EN)).doesNotContain("write the codes")
                        .isEqualTo("nothing to do; labels, such as those of the workbook's dropdowns, are read as their codes");
                assertThat(f.fix().in(Lang.FR)).doesNotContain("écrivez les codes")
                        .isEqualTo("rien à faire; les libellés, comme ceux des listes déroulantes du classeur, sont lus comme leurs codes");
            });
        }

        @Test
        @DisplayName("an ambiguous day-month date is a finding with its row and heading, and the rest of the row is read")
        void ambiguousDate() throws Exception {
            SheetRead r = SheetRead.of("csv", HEAD + "listing:a/1,Lab,,lab,online,03/04/2026,,\n");
            assertThat(r.records()).singleElement().satisfies(s -> {
                assertThat(s.listing().get("deliveryMode").stringValue()).isEqualTo("online");
                assertThat(s.listing().has("intakes")).isFalse();
                assertThat(s.notes()).singleElement().satisfies(f -> {
                    assertThat(f.ruleId()).isEqualTo("opdl.csv.unreadable");
                    Location.Csv at = (Location.Csv) f.location();
                    assertThat(at.row()).isEqualTo(2);
                    assertThat(at.heading()).isEqualTo("Application deadline");
                    assertThat(at.column()).isEqualTo("F");
                });
            });
        }

        @Test
        @DisplayName("Windows-1252, semicolons, a BOM-less file and unknown headings are read and reported")
        void excelExport() throws Exception {
            String text = "Listing ID;Titre (fr);Programme type;Mode de prestation\nlisting:a/1;Été;lab;online\n;;;\n";
            SheetRead r = SheetRead.of("csv", text.getBytes(Charset.forName("windows-1252")));
            assertThat(r.records()).hasSize(1);
            assertThat(r.records().get(0).listing().at("/title/fr").stringValue()).isEqualTo("Été");
            assertThat(r.notes()).extracting(Finding::ruleId)
                    .contains("opdl.csv.encoding", "opdl.csv.delimiter", "opdl.csv.unknown-heading", "opdl.csv.blank-rows");
            assertThat(r.notes().stream().filter(f -> f.ruleId().equals("opdl.csv.unknown-heading")).findFirst().orElseThrow()
                    .fix().en()).as("the sheet's headings are mostly French, so the heading offered is too").contains("Types de programme");
        }

        @Test
        @DisplayName("a row with more cells than headings is named and not read")
        void extraCells() throws IOException {
            SheetRead r = SheetRead.of("csv", "Listing ID,Title (en)\nlisting:a/1,Lab,surprise\n");
            assertThat(r.records()).isEmpty();
            assertThat(r.of("opdl.csv.unreadable")).singleElement()
                    .satisfies(f -> assertThat(f.message().en()).contains("C (\"surprise\")"));
        }

        @Test
        @DisplayName("misaligned intake cells are refused at the cell, the rest of the row read")
        void misaligned() throws IOException {
            SheetRead r = SheetRead.of("csv", "Listing ID,Application deadline,Places\nlisting:a/1,2026-01-01 | 2026-06-01,5 | 6 | 7\n");
            assertThat(r.records()).hasSize(1);
            assertThat(r.records().get(0).notes()).filteredOn(f -> f.ruleId().equals("opdl.csv.unreadable"))
                    .singleElement().satisfies(f -> assertThat(f.message().en()).contains("3 values"));
        }

        @Test
        @DisplayName("formula triggers are neutralised only with the spreadsheet-safe option")
        void formulas() throws Exception {
            String json = "[{\"id\":\"listing:a/1\",\"title\":{\"en\":\"=HYPERLINK(1)\"}}]";
            assertThat(csv(json, false)).contains(",=HYPERLINK(1),");
            assertThat(csv(json, true)).contains(",'=HYPERLINK(1),");
        }

        String csv(String json, boolean safe) throws Exception {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Conversion.run("in.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), Formats.named("json").orElseThrow(),
                    Limits.DEFAULT, out, Formats.named("csv").orElseThrow(), new WriteOptions(org.opdl.model.text.Lang.EN, safe), f -> { });
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    @Nested
    @DisplayName("RDF")
    class Rdf {
        @Test
        @DisplayName("RDF/XML with a DOCTYPE is refused before parsing")
        void doctype() {
            String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                    + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>";
            assertThatThrownBy(() -> SheetRead.of("rdfxml", xml)).isInstanceOfSatisfying(ReadException.class, e -> {
                assertThat(e.ruleId()).isEqualTo("opdl.syntax.rdfxml-dtd");
                assertThat(((Location.Text) e.location()).line()).isEqualTo(2);
            });
        }

        @Test
        @DisplayName("malformed Turtle is refused with its line")
        void turtle() {
            assertThatThrownBy(() -> SheetRead.of("ttl", "@prefix o: <https://w3id.org/opdl/ns#> .\n<https://x/a> o:title \"x ."))
                    .isInstanceOfSatisfying(ReadException.class, e -> assertThat(e.ruleId()).isEqualTo("opdl.syntax.rdf"));
        }

        @Test
        @DisplayName("a triple that no field explains stops the read instead of vanishing")
        void unknownPredicate() {
            assertThatThrownBy(() -> SheetRead.of("nt", "<https://w3id.org/opdl/listing/a/1> <https://example.org/colour> \"red\" .\n"))
                    .isInstanceOfSatisfying(ReadException.class, e -> assertThat(e.ruleId()).isEqualTo("opdl.convert.unmappable"));
        }
    }
}
