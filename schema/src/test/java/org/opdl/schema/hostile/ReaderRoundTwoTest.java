package org.opdl.schema.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Lang;
import org.opdl.schema.convert.Conversion;
import org.opdl.schema.convert.Formats;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.WriteOptions;
import org.opdl.schema.hostile.ReaderCatalogueTest.Read;
import org.opdl.schema.testing.NoNetwork;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The second round of hostile inputs for the JSON, NDJSON and CSV readers: mixed encodings, a
 * byte-order mark inside NDJSON, empty files, text in a third language on its way to a
 * spreadsheet, and formulas neutralised by default without losing a character.
 */
@DisplayName("Second-round hostile inputs for the JSON, NDJSON and CSV readers")
@ExtendWith(NoNetwork.class)
class ReaderRoundTwoTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static String convert(String from, String input, String to, WriteOptions options, List<Finding> notes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Conversion.run("in." + from,
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), Formats.named(from).orElseThrow(),
                Limits.DEFAULT, out, Formats.named(to).orElseThrow(), options, notes::add));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Nested
    @DisplayName("A UTF-8 spreadsheet holding one Windows-1252 byte")
    class MixedEncoding {
        private final byte[] bytes = mixed();

        private static byte[] mixed() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes("Listing ID,Title (en),Title (fr)\r\nlisting:nsi/lab-1,Producers Lab,Laboratoire des producteurs émergents\r\n"
                    .getBytes(StandardCharsets.UTF_8));
            out.writeBytes("listing:nsi/lab-2,Story Lab,Laboratoire d'".getBytes(StandardCharsets.UTF_8));
            out.write(0xE9);
            out.writeBytes("criture\r\n".getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }

        @Test
        @DisplayName("keeps every UTF-8 accent and reads the stray byte as Windows-1252")
        void accentsSurvive() {
            Read r = ReaderCatalogueTest.read("csv", bytes);
            assertThat(r.records().get(0).listing().at("/title/fr").asString()).isEqualTo("Laboratoire des producteurs émergents");
            assertThat(r.records().get(1).listing().at("/title/fr").asString()).isEqualTo("Laboratoire d'écriture");
        }

        @Test
        @DisplayName("reports the byte at its row and heading, with the fix")
        void reported() {
            Read r = ReaderCatalogueTest.read("csv", bytes);
            assertThat(r.notes()).filteredOn(f -> f.ruleId().equals("opdl.csv.encoding")).singleElement().satisfies(f -> {
                Location.Csv at = (Location.Csv) f.location();
                assertThat(at.row()).isEqualTo(3);
                assertThat(at.heading()).isEqualTo("Title (fr)");
                assertThat(f.message(Lang.EN)).contains("0xE9").contains("\"é\"");
                assertThat(f.message(Lang.FR)).contains("0xE9");
                assertThat(f.fix().en()).contains("CSV UTF-8");
            });
        }
    }

    @Test
    @DisplayName("a byte-order mark at the start of a later NDJSON line is a warning naming the line")
    void ndjsonBomOnLaterLine() {
        String one = "{\"id\":\"listing:nsi/lab-1\"}\n";
        Read r = ReaderCatalogueTest.read("ndjson", one + "\uFEFF{\"id\":\"listing:nsi/lab-2\"}\n");
        assertThat(r.records()).hasSize(2);
        assertThat(r.notes()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("opdl.ndjson.bom-inside");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(((Location.Text) f.location()).line()).isEqualTo(2);
        });
    }

    @ParameterizedTest(name = "{0} file holding [{1}]")
    @CsvSource(delimiter = '|', value = {"json|", "json|'  \n '", "json|'\uFEFF'", "ndjson|", "ndjson|'\n\n'", "ndjson|'\uFEFF'", "csv|",
        "csv|'\r\n\r\n'", "csv|'\uFEFF'"})
    @DisplayName("an empty file is the same error in JSON, NDJSON and CSV")
    void emptyFiles(String format, String text) {
        ReadException e = ReaderCatalogueTest.refused(format, text == null ? "" : text);
        assertThat(e.ruleId()).isEqualTo(org.opdl.schema.format.ReaderRule.SYNTAX_EMPTY.id());
        assertThat(e.text().en()).contains("holds no listings");
        assertThat(e.text().fr()).contains("aucune fiche");
    }

    @ParameterizedTest(name = "{0} cut off after [{1}]")
    @CsvSource(delimiter = '|', value = {"json|'[{\"id\": \"listing:spira/mentorat\",\n \"title\": {\"fr\": \"Mentorat\"}\n'",
        "json|'[{\"id\": \"listing:spira/mentorat\",\n \"topics\": [\"financing\"'", "json|'[{\"id\": \"listing:spira/ment'",
        "ndjson|'{\"id\": \"listing:spira/mentorat\", \"title\": {\"fr\": \"Mentorat\"'"})
    @DisplayName("H5: a file cut off mid-listing says so in plain words, without the parser's own settings")
    void cutOff(String format, String text) {
        ReadException e = ReaderCatalogueTest.refused(format, text);
        assertThat(e.ruleId()).isEqualTo("opdl.syntax.json");
        assertThat(((Location.Text) e.location()).line()).isPositive();
        assertThat(e.text().en()).contains("the file ends before the JSON is complete").doesNotContain("Source").doesNotContain("REDACTED");
        assertThat(e.text().fr()).contains("le fichier s'arrête avant la fin du JSON").doesNotContain("end-of-input");
        assertThat(e.fix().en()).contains("get the whole file again");
    }

    @Test
    @DisplayName("an explicit empty list is not an empty file")
    void emptyList() {
        assertThat(ReaderCatalogueTest.read("json", "[]").records()).isEmpty();
    }

    @Nested
    @DisplayName("Text in a third language, such as fr-CA")
    class ThirdLanguage {
        private final String json = "[{\"id\":\"listing:inis/production\",\"title\":{\"en\":\"Production program\","
                + "\"fr\":\"Programme de production\",\"fr-CA\":\"Programme de production (Québec)\"},"
                + "\"partners\":[{\"name\":{\"en\":\"NFB\",\"iu\":\"ᓇᓴᓐᓂᖅ\"}},{\"name\":{\"en\":\"Telefilm\"}}]},"
                + "{\"id\":\"listing:inis/lab\",\"title\":{\"en\":\"Lab\"}}]";

        @Test
        @DisplayName("gets a column of its own after the field's French column, and comes back whole")
        void columnAndRoundTrip() throws Exception {
            String csv = convert("json", json, "csv", WriteOptions.DEFAULT, new ArrayList<>());
            String headings = csv.substring(1, csv.indexOf("\r\n"));
            assertThat(headings).contains("Title (en),Title (fr),Title (fr-CA),").contains("Partner name (fr),Partner name (iu),");
            String back = convert("csv", csv, "json", WriteOptions.DEFAULT, new ArrayList<>());
            assertThat(JSON.readTree(back)).isEqualTo(JSON.readTree(json));
        }

        @Test
        @DisplayName("read from a spreadsheet column, is written back to a spreadsheet")
        void csvToCsv() {
            String csv = "Listing ID,Title (en),Title (fr-CA)\r\nlisting:inis/production,Production program,Programme de production\r\n";
            String out = convert("csv", csv, "csv", WriteOptions.DEFAULT, new ArrayList<>());
            assertThat(out).contains(",Title (fr-CA),").contains(",Programme de production,");
        }
    }

    @Test
    @DisplayName("formulas are neutralised by default, and json -> csv -> json gives back exactly the same")
    void spreadsheetSafeRoundTrip() throws Exception {
        String json = "[{\"id\":\"listing:ab/1\",\"title\":{\"en\":\"=SUM(A1)\",\"fr\":\"'=déjà échappé\"},"
                + "\"description\":{\"en\":\"''+two\",\"fr\":\"'plain apostrophe\"},\"contact\":{\"name\":\"@handle\"},"
                + "\"intakes\":[{\"places\":-2}]}]";
        List<Finding> notes = new ArrayList<>();
        String csv = convert("json", json, "csv", WriteOptions.DEFAULT, notes);
        assertThat(csv).contains(",'=SUM(A1),''=déjà échappé,'''+two,'plain apostrophe,").contains(",'@handle,").contains(",-2,");
        assertThat(notes).singleElement().satisfies(f -> assertThat(f.message(Lang.EN)).startsWith("4 cells"));
        List<Finding> read = new ArrayList<>();
        JsonNode back = JSON.readTree(convert("csv", csv, "json", WriteOptions.DEFAULT, read));
        assertThat(back).isEqualTo(JSON.readTree(json));
        assertThat(read).as("no formula warning for neutralised cells").noneMatch(f -> f.ruleId().equals("opdl.csv.formula"));
    }
}
