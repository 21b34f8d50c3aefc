package org.opdl.schema.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opdl.model.finding.Finding;
import org.opdl.model.text.Lang;
import org.opdl.schema.csv.CsvTemplate;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.WriteOptions;
import org.opdl.schema.testing.SheetRead;
import org.opdl.schema.xlsx.XlsxTemplate;
import tools.jackson.databind.node.ObjectNode;

@DisplayName("A coordinator working in French: the French template's own forms are read with no note")
class FrenchSheetTest {

    private static final String FRENCH_HEAD = "ID de la fiche,Titre (en),Titre (fr),Types de programme,Langues de travail,"
            + "Durée,Dernière mise à jour,Entreprise sous contrôle canadien\n";
    private static final String ENGLISH_HEAD = "Listing ID,Title (en),Title (fr),Program types,Working languages,"
            + "Duration,Last updated,Canadian-owned company\n";
    /** A row typed as the French template shows it: French labels, language names, a duration in words, a day, oui. */
    private static final String TEMPLATE_FORMS = "listing:yukon-film-lab/mentorat-2026,Producer Mentorship,Mentorat de production,"
            + "Mentorat | Laboratoire,anglais | français,6 mois,2026-11-20,oui\n";

    @Nested
    @DisplayName("The untouched template")
    class Template {
        @Test
        @DisplayName("in CSV gives no finding, writes oui in its yes/no column, and reads back as the English template's listing")
        void csv() throws Exception {
            LocalDate today = LocalDate.of(2026, 11, 20);
            ByteArrayOutputStream fr = new ByteArrayOutputStream();
            CsvTemplate.write(fr, Lang.FR, today);
            ByteArrayOutputStream en = new ByteArrayOutputStream();
            CsvTemplate.write(en, Lang.EN, today);
            String text = fr.toString(StandardCharsets.UTF_8);
            assertThat(text).contains(",oui,").doesNotContain(",true,");
            SheetRead french = SheetRead.of("csv", fr.toByteArray());
            assertThat(french.notes()).isEmpty();
            assertThat(french.records()).singleElement().satisfies(r -> assertThat(r.notes()).isEmpty());
            ObjectNode listing = french.records().get(0).listing();
            ObjectNode english = SheetRead.of("csv", en.toByteArray()).records().get(0).listing();
            assertThat(listing.at("/eligibility/canadianOwned").booleanValue()).isTrue();
            // Only what a French template writes in French differs: the contact's name, and the last update given as a day.
            assertThat(listing.at("/contact/name").stringValue()).isEqualTo("Coordination des programmes");
            assertThat(listing.get("lastUpdated").stringValue()).isEqualTo("2026-11-19T12:00:00Z");
            listing.remove("lastUpdated");
            english.remove("lastUpdated");
            ((ObjectNode) listing.get("contact")).remove("name");
            ((ObjectNode) english.get("contact")).remove("name");
            assertThat(listing).isEqualTo(english);
        }

        @Test
        @DisplayName("in a workbook gives no finding, names its contact in French, and reads back as the English workbook's listing")
        void workbook() throws Exception {
            ByteArrayOutputStream fr = new ByteArrayOutputStream();
            XlsxTemplate.write(fr, Lang.FR);
            ByteArrayOutputStream en = new ByteArrayOutputStream();
            XlsxTemplate.write(en, Lang.EN);
            SheetRead french = SheetRead.of("xlsx", fr.toByteArray());
            assertThat(french.notes()).extracting(Finding::ruleId).isEmpty();
            assertThat(french.records()).singleElement().satisfies(r -> assertThat(r.notes()).isEmpty());
            ObjectNode listing = french.records().get(0).listing();
            ObjectNode english = SheetRead.of("xlsx", en.toByteArray()).records().get(0).listing();
            assertThat(listing.at("/contact/name").stringValue()).isEqualTo("Coordination des programmes");
            ((ObjectNode) listing.get("contact")).remove("name");
            ((ObjectNode) english.get("contact")).remove("name");
            assertThat(listing).isEqualTo(english);
        }

        @Test
        @DisplayName("in a workbook states no creation time, so that writing it again gives the same bytes")
        void workbookBytes(@TempDir Path dir) throws Exception {
            ByteArrayOutputStream first = new ByteArrayOutputStream();
            XlsxTemplate.write(first, Lang.FR);
            Thread.sleep(1100);
            ByteArrayOutputStream second = new ByteArrayOutputStream();
            XlsxTemplate.write(second, Lang.FR);
            assertThat(core(first.toByteArray(), dir.resolve("fiches.xlsx"))).contains("coreProperties").doesNotContain("created");
            assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
        }

        private String core(byte[] workbook, Path file) throws Exception {
            Files.write(file, workbook);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                return new String(zip.getInputStream(zip.getEntry("docProps/core.xml")).readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    @Nested
    @DisplayName("Cells of a sheet")
    class Cells {
        @Test
        @DisplayName("under French headings, written as the French template writes them, are read with no note")
        void frenchForms() throws Exception {
            SheetRead r = SheetRead.of("csv", FRENCH_HEAD + TEMPLATE_FORMS);
            assertThat(r.notes()).isEmpty();
            ObjectNode l = r.records().get(0).listing();
            assertThat(l.get("programTypes").toString()).isEqualTo("[\"mentorship\",\"lab\"]");
            assertThat(l.get("workingLanguages").toString()).isEqualTo("[\"en\",\"fr\"]");
            assertThat(l.get("duration").stringValue()).isEqualTo("P6M");
            assertThat(l.get("lastUpdated").stringValue()).isEqualTo("2026-11-20T12:00:00Z");
            assertThat(l.at("/eligibility/canadianOwned").booleanValue()).isTrue();
        }

        @Test
        @DisplayName("under English headings, the same French words are read the same, each reading stated")
        void englishHeadings() throws Exception {
            SheetRead r = SheetRead.of("csv", ENGLISH_HEAD + TEMPLATE_FORMS);
            // Labels, yes/no and language names; then the day and the duration in words.
            assertThat(r.notes()).extracting(Finding::ruleId).containsExactly("opdl.csv.label-normalised", "opdl.csv.label-normalised",
                    "opdl.csv.label-normalised", "opdl.csv.date-normalised", "opdl.csv.date-normalised");
            assertThat(r.notes().get(0).message().in(Lang.EN)).contains("2 labels were read as codes");
            assertThat(r.records().get(0).listing().get("duration").stringValue()).isEqualTo("P6M");
        }

        @Test
        @DisplayName("under French headings, a word other than the dropdown's label is still read, and its reading stated")
        void otherWords() throws Exception {
            SheetRead r = SheetRead.of("csv", FRENCH_HEAD
                    + "listing:yukon-film-lab/mentorat-2026,Producer Mentorship,Mentorat de production,Mentorship,English,6 months,20/11/2026,yes\n");
            // A label, yes and a language name; then the day-first date, that day read as a date and time, and the duration.
            assertThat(r.notes()).extracting(Finding::ruleId).containsExactly("opdl.csv.label-normalised", "opdl.csv.label-normalised",
                    "opdl.csv.label-normalised", "opdl.csv.date-normalised", "opdl.csv.date-normalised", "opdl.csv.date-normalised");
            ObjectNode l = r.records().get(0).listing();
            assertThat(l.get("programTypes").toString()).isEqualTo("[\"mentorship\"]");
            assertThat(l.get("lastUpdated").stringValue()).isEqualTo("2026-11-20T12:00:00Z");
        }

        @Test
        @DisplayName("weeks in words read as the English sheet reads them: 6 semaines and 6 weeks are both 42 days, each reading stated")
        void weeksAsInEnglish() throws Exception {
            String row = "listing:yukon-film-lab/mentorat-2026,Producer Mentorship,Mentorat de production,,,%s,,\n";
            SheetRead french = SheetRead.of("csv", FRENCH_HEAD + row.formatted("6 semaines"));
            SheetRead english = SheetRead.of("csv", ENGLISH_HEAD + row.formatted("6 weeks"));
            for (SheetRead r : List.of(french, english)) {
                assertThat(r.records().get(0).listing().get("duration").stringValue()).isEqualTo("P42D");
                assertThat(r.notes()).extracting(Finding::ruleId).containsExactly("opdl.csv.date-normalised");
            }
            assertThat(french.notes().get(0).message().in(Lang.FR)).contains("« 6 semaines »").contains("P42D");
        }

        @Test
        @DisplayName("a yes/no goes out as oui or non under French headings and as true or false under English ones, and comes back")
        void yesNoRoundTrip() throws Exception {
            String json = "[{\"id\": \"listing:yukon-film-lab/mentorat-2026\", \"title\": {\"en\": \"Producer Mentorship\"},"
                    + " \"eligibility\": {\"canadianOwned\": false}}]";
            for (Lang lang : Lang.values()) {
                ByteArrayOutputStream csv = new ByteArrayOutputStream();
                Conversion.run("in.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                        Formats.named("json").orElseThrow(), Limits.DEFAULT, csv, Formats.named("csv").orElseThrow(),
                        new WriteOptions(lang, true), f -> { });
                assertThat(csv.toString(StandardCharsets.UTF_8)).contains(lang == Lang.FR ? ",non" : ",false");
                SheetRead back = SheetRead.of("csv", csv.toByteArray());
                assertThat(back.notes()).isEmpty();
                assertThat(back.records().get(0).listing().at("/eligibility/canadianOwned").booleanValue()).isFalse();
            }
        }
    }
}
