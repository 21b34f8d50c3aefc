package org.opdl.model.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opdl.model.text.Lang;

@DisplayName("opdl standard check: an edited copy of the standard's tables")
class StandardCheckTest {

    private static final Path RELEASED = Path.of("..", "standard");

    @TempDir
    Path copy;

    @BeforeEach
    void copyTheStandard() throws IOException {
        TableCopies.copy(RELEASED, copy);
    }

    private void edit(String table, String from, String to) {
        Path file = copy.resolve(table);
        try {
            String text = Files.readString(file);
            assertThat(text).as("fixture text in " + table).contains(from);
            Files.writeString(file, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> keys(List<TableProblem> problems) {
        return problems.stream().map(p -> p.key() + " " + p.place()).toList();
    }

    @Test
    @DisplayName("the released standard has no problem")
    void releasedIsClean() {
        assertThat(keys(StandardCheck.check(RELEASED))).isEmpty();
    }

    @Nested
    @DisplayName("in the vocabulary")
    class Vocabulary {

        @Test
        @DisplayName("a loop in the broader column is told once, at its first concept, naming the loop; a concept its own broader too (K9)")
        void broaderLoop() {
            edit("vocabulary/program-type.csv", "parrainage professionnel,,,,,", "parrainage professionnel,paid-placement,,,,");
            edit("vocabulary/program-type.csv", ",,,schema:WorkBasedProgram learnMethod:WorkBased,,",
                    ",mentorship,,schema:WorkBasedProgram learnMethod:WorkBased,,");
            edit("vocabulary/program-type.csv", ",,,learnMethod:WorkBased,,", ",shadowing,,learnMethod:WorkBased,,");
            List<TableProblem> problems = StandardCheck.check(copy);
            assertThat(keys(problems)).containsExactly("concept.broader-loop vocabulary/program-type.csv:2 [broader]",
                    "concept.broader-itself vocabulary/program-type.csv:4 [broader]");
            assertThat(problems.get(0).message(Lang.EN)).isEqualTo("the broader concepts go round in a loop: mentorship → paid-placement → mentorship");
            assertThat(problems.get(0).message(Lang.FR)).isEqualTo("les concepts génériques tournent en boucle : mentorship → paid-placement → mentorship");
            assertThat(problems.get(0).fix(Lang.EN)).startsWith("A hierarchy has a top: empty the broader cell of one concept of the loop");
            assertThat(problems.get(1).message(Lang.EN)).isEqualTo("the concept \"shadowing\" is its own broader concept");
        }

        @Test
        @DisplayName("a code renamed the guide's way, the new row copying the old one's labels, is told at the deprecated row, so the label stays with the new code (K8)")
        void renamedKeepsItsLabelOnTheNewCode() throws IOException {
            Path table = copy.resolve("vocabulary/program-type.csv");
            String row = Files.readAllLines(table, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("paid-placement,"))
                    .findFirst().orElseThrow();
            edit("vocabulary/program-type.csv", row, row.substring(0, row.length() - 1) + "true,work-placement");
            Files.writeString(table, "work-placement" + row.substring("paid-placement".length()) + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.APPEND);
            List<TableProblem> problems = StandardCheck.check(copy);
            // The copied row's labels and alternative labels are told in one problem at the former concept's row (K32, K33);
            // paid-placement's alternative label "work placement" is the new code, told by itself.
            assertThat(keys(problems)).containsExactly(
                    "concept.copied-labels-of-former vocabulary/program-type.csv:3 [label_en]",
                    "concept.alt-label-taken vocabulary/program-type.csv:3 [alt_labels_en]");
            assertThat(problems.get(0).message(Lang.EN)).startsWith("the deprecated concept \"paid-placement\" shares 10 labels with "
                    + "\"work-placement\", which replaces it, as a row copied to rename a code does: "
                    + "\"Paid placement or internship | Stage rémunéré | internship | paid internship | mentorship placement");
            assertThat(problems.get(0).fix(Lang.EN)).startsWith("A label leads to one concept: keep them all for work-placement; "
                    + "give paid-placement labels that name it as the former concept, such as \"Paid placement or internship (former)\"");
        }

        @Test
        @DisplayName("two concepts in use that share a label are still told at the second, as a label given twice")
        void sharedLabelOfTwoConceptsInUse() throws IOException {
            Path table = copy.resolve("vocabulary/program-type.csv");
            String row = Files.readAllLines(table, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("paid-placement,"))
                    .findFirst().orElseThrow();
            Files.writeString(table, "work-placement" + row.substring("paid-placement".length()) + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.APPEND);
            List<String> keys = keys(StandardCheck.check(copy));
            assertThat(keys).filteredOn(k -> !k.startsWith("concept.alt-label")).containsExactly(
                    "concept.duplicate-label vocabulary/program-type.csv:" + lines("vocabulary/program-type.csv") + " [label_en]",
                    "concept.duplicate-label vocabulary/program-type.csv:" + lines("vocabulary/program-type.csv") + " [label_fr]");
            // The copied row's alternative labels are told too, at the second concept's row (K32).
            assertThat(keys).filteredOn(k -> k.startsWith("concept.alt-label")).isNotEmpty().allMatch(k -> k.startsWith(
                    "concept.alt-label-shared vocabulary/program-type.csv:" + lines("vocabulary/program-type.csv") + " [alt_labels_")
                    || k.equals("concept.alt-label-taken vocabulary/program-type.csv:3 [alt_labels_en]"));
        }

        @Test
        @DisplayName("a concept added with no French label is named by file, line and column")
        void missingFrenchLabel() throws IOException {
            Files.writeString(copy.resolve("vocabulary/program-type.csv"),
                    "writers-room,Writers' room,,\"A group of writers breaking a series together.\",\"Une discussion entre pairs animée.\",,,,,,,\n",
                    java.nio.file.StandardOpenOption.APPEND);
            List<TableProblem> problems = StandardCheck.check(copy);
            assertThat(keys(problems)).containsExactly("text.no-label vocabulary/program-type.csv:"
                    + lines("vocabulary/program-type.csv") + " [label_fr]");
            assertThat(problems.get(0).message(Lang.FR)).isEqualTo("le libellé de « label_fr » est vide");
        }

        @Test
        @DisplayName("a duplicate code, a duplicate label, a mapping that is no IRI and an unknown replacement")
        void conceptProblems() {
            edit("vocabulary/delivery-mode.csv", "\nonline,", "\nin-person,");
            edit("vocabulary/program-type.csv", "schema:WorkBasedProgram learnMethod:WorkBased", "schema:WorkBasedProgram nowhere:WorkBased");
            edit("vocabulary/program-type.csv", ",true,masterclass-workshop", ",true,master-class-workshop");
            assertThat(keys(StandardCheck.check(copy))).extracting(k -> k.split(" ")[0]).containsExactlyInAnyOrder(
                    "concept.duplicate-code", "mapping.not-iri", "concept.misspelled-replacement");
        }

        @Test
        @DisplayName("F16: a code mistyped in a proposal's replaced_by or broader is named with the nearest code, in both languages")
        void mistypedCode() {
            edit("vocabulary/program-type.csv", ",true,masterclass-workshop", ",true,masterclas-workshop");
            List<TableProblem> problems = StandardCheck.check(copy);
            assertThat(keys(problems)).extracting(k -> k.split(" ")[0]).containsExactly("concept.misspelled-replacement");
            TableProblem p = problems.get(0);
            assertThat(p.message(Lang.EN)).isEqualTo("the replacement \"masterclas-workshop\" is not in this scheme; "
                    + "did you mean \"masterclass-workshop\"?");
            assertThat(p.fix(Lang.EN)).startsWith("Write \"masterclass-workshop\" if that is the concept meant");
            assertThat(p.message(Lang.FR)).isEqualTo("le remplaçant « masterclas-workshop » ne fait pas partie de ce vocabulaire; "
                    + "vouliez-vous dire « masterclass-workshop »?");
            assertThat(p.fix(Lang.FR)).startsWith("Écrivez « masterclass-workshop » si c'est le concept voulu");
        }

        @Test
        @DisplayName("a scheme version that is not MAJOR.MINOR.PATCH")
        void version() {
            edit("vocabulary/schemes.csv", "program-type,0.2.0,", "program-type,0.2,");
            assertThat(keys(StandardCheck.check(copy))).containsExactly("scheme.version vocabulary/schemes.csv:3 [version]");
        }
    }

    @Nested
    @DisplayName("in the career-stage tables")
    class Scale {

        @Test
        @DisplayName("a stage that asks for nothing more than an earlier one")
        void falling() {
            edit("career-stage/thresholds.csv", "\nmid-career,0,3,5,", "\nmid-career,0,1,0,");
            assertThat(keys(StandardCheck.check(copy))).containsExactly("scale.not-rising career-stage/thresholds.csv:5 [stage]");
        }

        @Test
        @DisplayName("a crosswalk entry that names a stage the scale does not have")
        void unknownStage() {
            edit("career-stage/crosswalk.csv", "entry-level,en,entry,", "entry-level,en,beginner,");
            assertThat(keys(StandardCheck.check(copy))).containsExactly("crosswalk.unknown-stage career-stage/crosswalk.csv:3 [stage]");
        }
    }

    @Nested
    @DisplayName("in the listing tables")
    class Fields {

        @Test
        @DisplayName("an unknown type and a heading used twice")
        void fieldProblems() {
            edit("listing/fields.csv", "\ntype,string,", "\ntype,text-ish,");
            String text = read("listing/fields.csv");
            String heading = text.lines().filter(l -> l.startsWith("title,")).findFirst().orElseThrow().split(",")[11];
            edit("listing/fields.csv", ",Listing ID,", "," + heading + ",");
            assertThat(keys(StandardCheck.check(copy))).extracting(k -> k.split(" ")[0])
                    .containsExactlyInAnyOrder("field.type", "field.duplicate-heading");
        }

        @Test
        @DisplayName("a spreadsheet wording the readers do not know, and one on a field it does not fit, in both languages")
        void sheetWordings() {
            String help = row("financialHelp,");
            edit("listing/fields.csv", help, help.replaceFirst(",help,$", ",hours,"));
            String hours = row("timeCommitment.hoursPerWeek,");
            edit("listing/fields.csv", hours, hours.replaceFirst(",hours,$", ",hour,"));
            List<TableProblem> problems = StandardCheck.check(copy);
            assertThat(keys(problems)).extracting(k -> k.split(" ")[0]).containsExactly("field.sheet-wording", "field.sheet-wording");
            TableProblem onHelp = problems.stream().filter(p -> p.args().get(0).equals("hours")).findFirst().orElseThrow();
            assertThat(onHelp.column()).isEqualTo("sheet_wording");
            assertThat(onHelp.message(Lang.EN)).isEqualTo("the spreadsheet readers know no wording \"hours\" for a boolean field");
            assertThat(onHelp.message(Lang.FR)).isEqualTo("les lecteurs de tableurs ne connaissent aucune formulation « hours » pour un champ boolean");
            assertThat(onHelp.fix(Lang.FR)).contains("help (pour un champ boolean)");
        }

        @Test
        @DisplayName("a unit the spreadsheet readers do not know, and one on a field that counts nothing, in both languages")
        void sheetUnits() {
            String credits = row("eligibility.minCredits,");
            edit("listing/fields.csv", credits, credits.replaceFirst(",credits$", ",episodes"));
            String help = row("financialHelp,");
            edit("listing/fields.csv", help, help.replaceFirst(",help,$", ",help,years"));
            List<TableProblem> problems = StandardCheck.check(copy);
            assertThat(keys(problems)).extracting(k -> k.split(" ")[0]).containsExactly("field.sheet-unit", "field.sheet-unit");
            TableProblem onCredits = problems.stream().filter(p -> p.args().get(0).equals("episodes")).findFirst().orElseThrow();
            assertThat(onCredits.column()).isEqualTo("sheet_unit");
            assertThat(onCredits.message(Lang.EN)).isEqualTo("the spreadsheet readers know no unit \"episodes\" for a field of type integer");
            assertThat(onCredits.message(Lang.FR)).isEqualTo("les lecteurs de tableurs ne connaissent aucune unité « episodes » pour un champ de type integer");
        }

        private String row(String start) {
            return read("listing/fields.csv").lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow();
        }
    }

    @Nested
    @DisplayName("files that cannot be read")
    class Files_ {

        @Test
        @DisplayName("a broken row, a line that is not UTF-8 and a missing table, each named, the rest still checked")
        void unreadable() throws IOException {
            Files.writeString(copy.resolve("vocabulary/region.csv"), "x,y,z,w,v,u,t,s,r,q,p,o,n,m\n", java.nio.file.StandardOpenOption.APPEND);
            byte[] latin1 = "code,label_en\nfoo,Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
            Files.write(copy.resolve("vocabulary/topic.csv"), latin1);
            Files.delete(copy.resolve("career-stage/crosswalk.csv"));
            edit("vocabulary/program-type.csv", "\nmentorship,Mentorship,Mentorat,", "\nmentorship,Mentorship,,");
            assertThat(keys(StandardCheck.check(copy))).containsExactly(
                    "text.no-label vocabulary/program-type.csv:2 [label_fr]",
                    "file.encoding vocabulary/topic.csv:2",
                    "row.extra-cells vocabulary/region.csv:" + lines("vocabulary/region.csv"),
                    "file.missing career-stage/crosswalk.csv");
        }

        @Test
        @DisplayName("a broken line in the schemes or the classes is one problem, not one more on every field that names a scheme or a class")
        void brokenSchemesOrClasses() throws IOException {
            String tooManyCells = "x,".repeat(30) + "x\n";
            Files.writeString(copy.resolve("vocabulary/schemes.csv"), tooManyCells, java.nio.file.StandardOpenOption.APPEND);
            Files.writeString(copy.resolve("listing/classes.csv"), tooManyCells, java.nio.file.StandardOpenOption.APPEND);
            assertThat(keys(StandardCheck.check(copy))).containsExactly(
                    "row.extra-cells vocabulary/schemes.csv:" + lines("vocabulary/schemes.csv"),
                    "row.extra-cells listing/classes.csv:" + lines("listing/classes.csv"));
        }
    }

    @Nested
    @DisplayName("columns the tool does not read")
    class Columns {

        @Test
        @DisplayName("a misspelt heading is named with the column it should be, in both languages, rather than passing")
        void misspelt() {
            edit("vocabulary/program-type.csv", "alt_labels_en,alt_labels_fr,", "alt_labels_en,alt_label_fr,");
            List<TableProblem> problems = StandardCheck.check(copy);
            assertThat(keys(problems)).containsExactly("column.misspelled vocabulary/program-type.csv:1 [alt_label_fr]");
            assertThat(problems.get(0).message(Lang.EN)).isEqualTo("the column \"alt_label_fr\" is not a column of this table, and its"
                    + " column \"alt_labels_fr\" is missing: \"alt_label_fr\" reads as \"alt_labels_fr\" mistyped, and the cells under it"
                    + " would be left out of the standard");
            assertThat(problems.get(0).fix(Lang.EN))
                    .isEqualTo("Rename the column \"alt_label_fr\" to \"alt_labels_fr\" in the header row, as in the released table.");
            assertThat(problems.get(0).fix(Lang.FR))
                    .isEqualTo("Renommez la colonne « alt_label_fr » en « alt_labels_fr » dans la ligne d'en-tête, comme dans la table publiée.");
        }

        @Test
        @DisplayName("K23: a required heading mistyped is told once, as the column it should be, not again as a column missing")
        void mistypedRequiredHeading() {
            edit("vocabulary/program-type.csv", "label_en,label_fr,", "label_en,lable_fr,");
            List<TableProblem> problems = StandardCheck.check(copy);
            assertThat(keys(problems)).containsExactly("column.misspelled vocabulary/program-type.csv:1 [lable_fr]");
            assertThat(problems.get(0).message(Lang.FR)).contains("la colonne « lable_fr » n'est pas une colonne de cette table")
                    .contains("sa colonne « label_fr » est absente");
        }

        @Test
        @DisplayName("a column of its own, in a released table or a new scheme's, is named with the columns there are")
        void added() throws IOException {
            Files.writeString(copy.resolve("listing/fields.csv"), read("listing/fields.csv").replaceFirst("\n", ",notes\n"));
            Files.writeString(copy.resolve("vocabulary/program-type.csv"), read("vocabulary/program-type.csv")
                    .replaceFirst("replaced_by", "replaced_by,comment"));
            List<TableProblem> problems = StandardCheck.check(copy);
            assertThat(keys(problems)).contains("column.unknown listing/fields.csv:1 [notes]",
                    "column.unknown vocabulary/program-type.csv:1 [comment]");
            assertThat(problems.stream().filter(p -> p.column().equals("notes")).findFirst().orElseThrow().fix(Lang.EN))
                    .isEqualTo("Remove the column, or give it the name of a column of the released table: "
                            + read("listing/fields.csv").lines().findFirst().orElseThrow().replace(",notes", "").replace(",", ", ") + ".");
        }
    }

    @Test
    @DisplayName("every problem has a message and a fix in English and in French, and the French differs")
    void bilingual() {
        Properties en = bundle("problems.properties");
        Properties fr = bundle("problems_fr.properties");
        assertThat(fr.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            assertThat(fr.getProperty(key)).as(key).isNotEqualTo(en.getProperty(key));
            if (!key.endsWith(".fix")) {
                assertThat(en.containsKey(key + ".fix")).as(key + ".fix").isTrue();
            }
        }
    }

    private static Properties bundle(String name) {
        Properties p = new Properties();
        try (InputStream in = StandardCheckTest.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private String read(String table) {
        try {
            return Files.readString(copy.resolve(table));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int lines(String table) {
        return (int) read(table).lines().count();
    }
}
