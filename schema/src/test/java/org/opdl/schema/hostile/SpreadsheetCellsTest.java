package org.opdl.schema.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.schema.hostile.CsvReads.read;
import static org.opdl.schema.hostile.CsvReads.stated;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Lang;
import org.opdl.schema.hostile.ReaderCatalogueTest.Read;
import org.opdl.schema.testing.NoNetwork;
import tools.jackson.databind.JsonNode;

/**
 * Cells as a coordinator types them, in English and in French: each reading stated once for the
 * file, what cannot be read a finding on its cell with the rest of the file still read, unknown
 * headings errors with a suggestion, and two words for one item named.
 */
@DisplayName("Spreadsheet cells read as people type them")
@ExtendWith(NoNetwork.class)
class SpreadsheetCellsTest {

    private static final String HEAD = "Listing ID,Country,Working languages,Fee type,Fee amount,Duration,Last updated,"
            + "Hours per week,Start date,Target groups\r\n";

    private static List<String> rules(Read r) {
        return r.notes().stream().map(f -> f.severity() + " " + f.ruleId()).toList();
    }

    private static Finding only(Read r, String rule) {
        return r.notes().stream().filter(f -> f.ruleId().equals(rule)).reduce((a, b) -> {
            throw new AssertionError("more than one " + rule);
        }).orElseThrow();
    }

    @Test
    @DisplayName("English words, French words, numbers, dates and durations are read, each kind stated once")
    void typedWords() {
        Read r = read(HEAD
                + "listing:nsi/lab-1,Canada,English | français,free,,6 months,2025-11-20,\"4,5\",46300,\r\n"
                + "listing:nsi/lab-2,canada,anglais,gratuit,,22 weeks,2025-11-21,4,2026-10-05,\r\n"
                + "listing:nsi/lab-3,CA,en,application-fee,\"1,500.50\",3 mois,2025-11-22T10:00:00-05:00,4,,\r\n"
                + "listing:nsi/lab-4,CA,en,tuition,\"1 500,50\",P22W,2025-11-22T10:00:00-05:00,4,,\r\n");
        assertThat(r.records()).hasSize(4);
        JsonNode one = r.records().get(0).listing();
        assertThat(one.at("/locations/0/country").asString()).isEqualTo("CA");
        assertThat(one.get("workingLanguages").toString()).isEqualTo("[\"en\",\"fr\"]");
        assertThat(one.has("fees")).as("free means no fee").isFalse();
        assertThat(one.get("duration").asString()).isEqualTo("P6M");
        assertThat(one.get("lastUpdated").asString()).isEqualTo("2025-11-20T12:00:00Z");
        assertThat(one.at("/timeCommitment/hoursPerWeek").asString()).isEqualTo("4.5");
        assertThat(one.at("/intakes/0/startDate").asString()).isEqualTo("2026-10-05");
        JsonNode two = r.records().get(1).listing();
        assertThat(two.get("duration").asString()).isEqualTo("P154D");
        assertThat(r.records().get(2).listing().at("/fees/0/amount/amount").asString()).isEqualTo("1500.50");
        assertThat(r.records().get(3).listing().at("/fees/0/amount/amount").asString()).isEqualTo("1500.50");
        assertThat(r.records().get(2).listing().get("duration").asString()).isEqualTo("P3M");
        assertThat(r.records().get(2).listing().at("/fees/0/feeType").asString()).isEqualTo("application-fee");
        assertThat(r.records().get(3).listing().get("duration").asString()).isEqualTo("P154D");
        assertThat(rules(r)).as("one finding per kind of reading, all information").allMatch(s -> s.startsWith("INFO "))
                .hasSize(7);
        assertThat(only(r, "opdl.csv.number-normalised").message(Lang.EN)).startsWith("3 numbers");
        assertThat(r.notes()).filteredOn(f -> f.message(Lang.EN).startsWith("4 durations")).hasSize(1);
        assertThat(r.notes()).filteredOn(f -> f.message(Lang.FR).startsWith("2 noms de pays")).hasSize(1);
        assertThat(r.records()).allSatisfy(s -> assertThat(s.notes()).isEmpty());
    }

    @Test
    @DisplayName("H2: a fee written as free is stated as none (no-fees, no-tuition, no-application-fee), not left unstated")
    void freeIsStatedNone() {
        Read r = read("Listing ID,Fee type,Fee amount,Fee currency,Stated none\r\n"
                + "listing:spira/mentorat,,gratuit,,\r\n"
                + "listing:spira/labo,Gratuit,,,Aucuns frais\r\n"
                + "listing:spira/atelier,application-fee | tuition,free | 350,| CAD,no-age-limit\r\n"
                + "listing:spira/classe,tuition,Sans frais,,\r\n");
        List<String> stated = r.records().stream().map(s -> s.listing().path("statedNone").toString()).toList();
        assertThat(stated).containsExactly("[\"no-fees\"]", "[\"no-fees\"]", "[\"no-age-limit\",\"no-application-fee\"]",
                "[\"no-tuition\"]");
        assertThat(r.records().get(2).listing().at("/fees").toString())
                .isEqualTo("[{\"feeType\":\"tuition\",\"amount\":{\"amount\":\"350\",\"currency\":\"CAD\"}}]");
        assertThat(r.records()).noneMatch(s -> s.listing().has("fees") && s.listing().get("fees").isEmpty());
    }

    @Test
    @DisplayName("\"Aucun frais\", \"sans coût\", \"no cost\" and \"no-cost\" say a program is free, as \"aucuns frais\" does")
    void freeInEverydayWords() {
        Read r = read("Listing ID,Fee type,Fee amount\r\n"
                + "listing:tacic/mentorat,,Aucun frais\r\n"
                + "listing:quebec-cinema/talent-lab,tuition,sans coût\r\n"
                + "listing:hot-docs/doc-ignite,,no-cost\r\n"
                + "listing:inside-out/industry-day,,No cost\r\n");
        assertThat(r.records().stream().map(s -> s.listing().path("statedNone").toString()).toList())
                .containsExactly("[\"no-fees\"]", "[\"no-tuition\"]", "[\"no-fees\"]", "[\"no-fees\"]");
        assertThat(rules(r)).doesNotContain("ERROR opdl.csv.unreadable");
    }

    @Test
    @DisplayName("a cell that cannot be read is a finding on that cell, and the rest of the file is read")
    void unreadableCell() {
        Read r = read(HEAD + "listing:nsi/lab-1,CA,en,,,P6M,2025-11-20T10:00:00-05:00,thirty,,\r\n"
                + "listing:nsi/lab-2,CA,en,,,about a year,2025-11-20T10:00:00-05:00,30,,\r\n");
        assertThat(r.records()).hasSize(2);
        assertThat(r.records().get(0).listing().get("duration").asString()).isEqualTo("P6M");
        assertThat(r.records().get(1).listing().at("/timeCommitment/hoursPerWeek").asString()).isEqualTo("30");
        assertThat(CsvCatalogueTest.places(r, "opdl.csv.unreadable")).containsExactly("2 Hours per week", "3 Duration");
        assertThat(r.notes()).filteredOn(f -> f.ruleId().equals("opdl.csv.unreadable"))
                .allMatch(f -> f.severity() == Severity.ERROR && !f.fix().fr().isBlank());
    }

    @Test
    @DisplayName("weeks too many to count (P99999999999999999999W) are refused at their cell in both languages, not an internal error")
    void weeksTooManyToCount() {
        Read r = read("Listing ID,Duration\r\n"
                + "listing:nsi/lab-1,P99999999999999999999W\r\n"
                + "listing:nsi/lab-2,P22W\r\n");
        assertThat(CsvCatalogueTest.places(r, "opdl.csv.unreadable")).containsExactly("2 Duration");
        Finding refused = only(r, "opdl.csv.unreadable");
        assertThat(refused.message(Lang.EN)).contains("P99999999999999999999W");
        assertThat(refused.fix().fr()).isNotBlank();
        assertThat(r.records().get(1).listing().get("duration").asString()).isEqualTo("P154D");
    }

    @Test
    @DisplayName("an unknown heading is an error naming the nearest heading; headings fold case, accents and punctuation")
    void unknownHeading() {
        Read r = read("Listing ID,TITRE (FR),Minimum age,Nombre de places\r\nlisting:nsi/lab-1,Labo,18,6\r\n");
        assertThat(r.records().get(0).listing().at("/title/fr").asString()).isEqualTo("Labo");
        assertThat(r.notes()).filteredOn(f -> f.ruleId().equals("opdl.csv.unknown-heading"))
                .extracting(f -> f.severity() + " " + ((Location.Csv) f.location()).heading() + " " + f.fix().en())
                .containsExactly("ERROR Minimum age did you mean \"Min age\"? Rename the column, or delete it if it holds nothing for the standard",
                        "ERROR Nombre de places did you mean \"Places\"? Rename the column, or delete it if it holds nothing for the standard");
    }

    @Test
    @DisplayName("an Excel table's empty \"Column1\" loses nothing: a warning naming it; filled further down, an error")
    void emptyUnknownColumn() {
        Read empty = read("Listing ID,Title (fr),Column1,Colonne1,\r\nlisting:sodec/aide-1,Aide à la scénarisation,,,\r\n"
                + "listing:sodec/aide-2,Aide au développement,,,\r\n");
        assertThat(empty.records()).hasSize(2);
        assertThat(rules(empty)).doesNotContain("ERROR opdl.csv.unknown-heading");
        assertThat(empty.notes()).filteredOn(f -> f.ruleId().equals("opdl.csv.empty-unknown-column"))
                .extracting(f -> f.severity() + " " + ((Location.Csv) f.location()).heading() + " " + f.message(Lang.FR))
                .containsExactly("WARNING Column1 l'en-tête « Column1 » ne fait pas partie du formulaire et aucune cellule sous lui "
                        + "n'est remplie : rien n'a été perdu",
                        "WARNING Colonne1 l'en-tête « Colonne1 » ne fait pas partie du formulaire et aucune cellule sous lui "
                        + "n'est remplie : rien n'a été perdu");
        Read filled = read("Listing ID,Title (fr),Colonne1\r\nlisting:sodec/aide-1,Aide à la scénarisation,\r\n"
                + "listing:sodec/aide-2,Aide au développement,Volet 2\r\n");
        assertThat(rules(filled)).contains("ERROR opdl.csv.unknown-heading").doesNotContain("WARNING opdl.csv.empty-unknown-column");
        assertThat(only(filled, "opdl.csv.unknown-heading").location()).isInstanceOf(Location.Csv.class);
    }

    @Test
    @DisplayName("a list typed with commas, semicolons, line breaks, a slash or \"bilingual\" is read as its codes, stated once")
    void listsTypedOtherwise() {
        Read r = read("Listing ID,Career stages,Working languages,Target groups,Residence\r\n"
                + "listing:cmpa/production-mentorship,\"emerging, mid-career\",\"English; French\",\"Autochtones\nNoirs\",\"CA-SK, CA-YT\"\r\n"
                + "listing:tacic/mentorat,émergent,FR/EN,BIPOC,Québec\r\n"
                + "listing:banff/iss,\"emerging; mid-career; established\",bilingue,,\r\n");
        JsonNode one = r.records().get(0).listing();
        assertThat(one.get("careerStages").toString()).isEqualTo("[\"emerging\",\"mid-career\"]");
        assertThat(one.get("workingLanguages").toString()).isEqualTo("[\"en\",\"fr\"]");
        assertThat(one.at("/eligibility/targetGroups").size()).isEqualTo(2);
        assertThat(one.at("/eligibility/residence").toString()).isEqualTo("[\"CA-SK\",\"CA-YT\"]");
        assertThat(r.records().get(1).listing().get("workingLanguages").toString()).isEqualTo("[\"fr\",\"en\"]");
        assertThat(r.records().get(2).listing().get("careerStages").size()).isEqualTo(3);
        assertThat(r.records().get(2).listing().get("workingLanguages").toString()).isEqualTo("[\"en\",\"fr\"]");
        Finding lists = stated(r, "list column");
        assertThat(lists.severity()).isEqualTo(Severity.INFO);
        assertThat(lists.message(Lang.EN)).startsWith("7 cells").contains("\"emerging, mid-career\" as emerging | mid-career");
        assertThat(lists.message(Lang.FR)).contains("colonne de liste");
        assertThat(rules(r)).doesNotContain("ERROR opdl.csv.unreadable");
    }

    @Test
    @DisplayName("Atlantic Canada, the Prairies and the territories are their provinces; \"and\" and \"et\" separate codes")
    void regionGroupsAndWords() {
        Read r = read("Listing ID,Residence,Work region,Target groups\r\n"
                + "listing:nifco/picture-start,Atlantic Canada,Canada atlantique,\r\n"
                + "listing:aqpm/classes,Prairies,les territoires,Autochtones et Noirs\r\n"
                + "listing:storyhive/black-creators,BC and AB,Newfoundland and Labrador,\r\n");
        JsonNode one = r.records().get(0).listing();
        assertThat(one.at("/eligibility/residence").toString()).isEqualTo("[\"CA-NB\",\"CA-NS\",\"CA-PE\",\"CA-NL\"]");
        assertThat(one.at("/eligibility/workRegion").toString()).isEqualTo("[\"CA-NB\",\"CA-NS\",\"CA-PE\",\"CA-NL\"]");
        JsonNode two = r.records().get(1).listing();
        assertThat(two.at("/eligibility/residence").toString()).isEqualTo("[\"CA-AB\",\"CA-SK\",\"CA-MB\"]");
        assertThat(two.at("/eligibility/workRegion").toString()).isEqualTo("[\"CA-YT\",\"CA-NT\",\"CA-NU\"]");
        assertThat(two.at("/eligibility/targetGroups").size()).isEqualTo(2);
        JsonNode three = r.records().get(2).listing();
        assertThat(three.at("/eligibility/residence").toString()).isEqualTo("[\"CA-BC\",\"CA-AB\"]");
        assertThat(three.at("/eligibility/workRegion").toString()).isEqualTo("[\"CA-NL\"]");
    }

    @Test
    @DisplayName("a text with commas is never cut: a list cell is split only when every part names a code")
    void listsNeverCutText() {
        Read r = read("Listing ID,Career stages,Target groups\r\n"
                + "listing:hot-docs/incubator,\"mid-career, with 1 to 3 docs\",\"Indigenous, Black and emerging producers\"\r\n");
        JsonNode one = r.records().get(0).listing();
        assertThat(one.get("careerStages").toString()).isEqualTo("[\"mid-career, with 1 to 3 docs\"]");
        assertThat(one.at("/eligibility/targetGroups/0").asString()).isEqualTo("Indigenous, Black and emerging producers");
    }

    @Test
    @DisplayName("a date written with its month's name, in English or French, is read; a day the month lacks is not")
    void datesWithMonthNames() {
        Read r = read("Listing ID,Application deadline,Start date,Last updated\r\n"
                + "listing:nsi/indigidocs,\"March 15, 2027\",15 mars 2027,\"Dec. 1, 2026\"\r\n"
                + "listing:cmpa/production-mentorship,\"Sept. 1, 2027\",1er octobre 2027,15-Mar-2027\r\n"
                + "listing:sodec/creation-emergente,30 février 2027,,\r\n");
        JsonNode one = r.records().get(0).listing();
        assertThat(one.at("/intakes/0/applicationDeadline").asString()).isEqualTo("2027-03-15");
        assertThat(one.at("/intakes/0/startDate").asString()).isEqualTo("2027-03-15");
        assertThat(one.get("lastUpdated").asString()).isEqualTo("2026-12-01T12:00:00Z");
        JsonNode two = r.records().get(1).listing();
        assertThat(two.at("/intakes/0/applicationDeadline").asString()).isEqualTo("2027-09-01");
        assertThat(two.at("/intakes/0/startDate").asString()).isEqualTo("2027-10-01");
        assertThat(two.get("lastUpdated").asString()).isEqualTo("2027-03-15T12:00:00Z");
        assertThat(r.records().get(2).listing().at("/intakes/0/applicationDeadline").asString()).isEqualTo("30 février 2027");
        Finding named = stated(r, "month's name");
        assertThat(named.message(Lang.EN)).startsWith("6 dates").contains("\"March 15, 2027\" as 2027-03-15");
        assertThat(named.message(Lang.FR)).contains("nom du mois");
    }

    @Test
    @DisplayName("$16,000 is sixteen thousand: a dollar sign first is English, which groups with the comma; 16,000 $ stays unread")
    void dollarFirstGroupsThousands() {
        Read r = read("Listing ID,Stipend amount,Stipend currency,Award amount,Award currency\r\n"
                + "listing:bso/black-producer-accelerator,\"$16,000\",CAD,\"$1,500\",CAD\r\n"
                + "listing:nsi/indigidocs,\"16,000 $\",CAD,\"$1,5\",CAD\r\n");
        JsonNode one = r.records().get(0).listing();
        assertThat(one.at("/stipend/amount/amount").asString()).isEqualTo("16000");
        assertThat(one.at("/award/amount/amount").asString()).isEqualTo("1500");
        assertThat(r.records().get(1).listing().at("/award/amount/amount").asString()).isEqualTo("1.5");
        assertThat(CsvCatalogueTest.places(r, "opdl.csv.unreadable")).containsExactly("3 Stipend amount");
    }

    @Test
    @DisplayName("a check mark is yes and a ballot cross no; a plain x, which people use both ways, is a finding on its cell")
    void checkMarks() {
        Read r = read("Listing ID,Canadian-owned company,Places approximate\r\n"
                + "listing:picturenl/accelerator,\u2713,\u2717\r\n"
                + "listing:doc/business-leap,\u2714,\u2718\r\n"
                + "listing:nifco/picture-start,x,\r\n");
        assertThat(r.records().get(0).listing().toString()).contains("true").contains("false");
        assertThat(r.records().get(1).listing().toString()).contains("true").contains("false");
        assertThat(CsvCatalogueTest.places(r, "opdl.csv.unreadable")).containsExactly("4 Canadian-owned company");
    }

    @Test
    @DisplayName("a field the sheet has no column for is placed under the heading to add, in the sheet's language")
    void missingColumnNamed() {
        Read en = read("Listing ID,Stipend amount\r\nlisting:bso/black-producer-accelerator,16000\r\n");
        Location at = en.records().get(0).sourceMap().locate("/stipend/amount/currency");
        assertThat(at.describe(Lang.EN)).isEqualTo("row 2, column \"Stipend currency\"");
        Read fr = read("ID de la fiche,Montant (frais)\r\nlisting:nsi/indigidocs,100\r\n");
        assertThat(fr.records().get(0).sourceMap().locate("/fees/0/amount/currency").describe(Lang.FR))
                .isEqualTo("rangée 2, colonne « Devise (frais) »");
        assertThat(en.records().get(0).sourceMap().locate("/stipend/amount/amount").describe(Lang.EN))
                .isEqualTo("row 2, column \"Stipend amount\" (B)");
    }

    @Test
    @DisplayName("\"rolling\" or \"en continu\" in a date column is a finding on the cell that says to use Recurrence")
    void rollingIsNoDate() {
        Read r = read("Listing ID,Application deadline,Recurrence\r\n"
                + "listing:cmpa/virtual-mentorship,rolling,\r\nlisting:tacic/mentorat,En continu,\r\n");
        assertThat(CsvCatalogueTest.places(r, "opdl.csv.unreadable")).containsExactly("2 Application deadline", "3 Application deadline");
        Finding f = r.notes().stream().filter(n -> n.ruleId().equals("opdl.csv.unreadable")).findFirst().orElseThrow();
        assertThat(f.fix().en()).contains("\"Recurrence\"");
        assertThat(r.notes().get(1).fix().fr()).contains("« Récurrence »");
        assertThat(r.records().get(0).listing().at("/intakes/0/applicationDeadline").isMissingNode()).isTrue();
    }

    @Test
    @DisplayName("two words that mean one item are named, with the item, and read once")
    void sameItemTwice() {
        Read r = read("Listing ID,Career stages\r\nlisting:nsi/lab-1,emerging | Émergent | early-career\r\n");
        assertThat(r.records().get(0).listing().get("careerStages").toString()).isEqualTo("[\"emerging\",\"early-career\"]");
        Finding f = only(r, "opdl.csv.same-item");
        assertThat(f.message(Lang.EN)).contains("emerging").contains("\"emerging\" and \"Émergent\"");
        assertThat(f.message(Lang.FR)).contains("« emerging » et « Émergent »");
        assertThat(((Location.Csv) f.location()).heading()).isEqualTo("Career stages");
    }
}
