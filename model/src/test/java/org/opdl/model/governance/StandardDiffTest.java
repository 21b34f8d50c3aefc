package org.opdl.model.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opdl.model.text.Lang;

@DisplayName("opdl standard diff: changes between two copies of the standard, classed as OCDS does")
class StandardDiffTest {

    /** A released version, never edited, so the fixtures below stay true as the standard moves on. */
    private static final Path CURRENT = Path.of("..", "releases", "0.1");

    @TempDir
    Path before;

    @TempDir
    Path after;

    @BeforeEach
    void copyTheStandardTwice() throws IOException {
        TableCopies.copy(CURRENT, before);
        TableCopies.copy(CURRENT, after);
    }

    private void edit(String table, String from, String to) {
        Path file = after.resolve(table);
        try {
            String text = Files.readString(file);
            assertThat(text).as("fixture text in " + table).contains(from);
            Files.writeString(file, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void append(String table, String line) throws IOException {
        Files.writeString(after.resolve(table), line + "\n", StandardOpenOption.APPEND);
    }

    private static List<String> summary(DiffReport report) {
        return report.changes().stream().map(c -> c.level() + " " + c.what() + " " + c.key()
                + (c.column().isEmpty() ? "" : " [" + c.column() + "]")).toList();
    }

    private static VersionBump bump(DiffReport report, String subject) {
        return report.bumps().stream().filter(b -> b.subject().equals(subject)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("two identical copies: no change, and every version may stay")
    void identical() {
        DiffReport report = StandardDiff.diff(before, after);
        assertThat(report.changes()).isEmpty();
        assertThat(report.level()).isEmpty();
        assertThat(report.releasable()).isTrue();
        assertThat(bump(report, "standard").message(Lang.EN)).endsWith("nothing changed");
    }

    @Test
    @DisplayName("a French label reworded is a patch, which still needs a patch version")
    void wordingIsPatch() {
        edit("vocabulary/delivery-mode.csv", "En ligne", "À distance");
        DiffReport report = StandardDiff.diff(before, after);
        assertThat(summary(report)).containsExactly("PATCH cell.changed.concept online [label_fr]");
        VersionBump scheme = bump(report, "delivery-mode");
        assertThat(scheme.sufficient()).isFalse();
        assertThat(scheme.suggested()).contains("0.1.1");
        assertThat(bump(report, "standard").suggested()).contains("0.1.1");
        assertThat(report.changes().get(0).message(Lang.FR))
                .isEqualTo("concept online : « label_fr » passe de « En ligne » à « À distance »");
        assertThat(report.changes().get(0).reason(Lang.EN)).isEqualTo("wording only");
    }

    @Test
    @DisplayName("in French a scheme is a « vocabulaire », as the industry bodies' guide says; in English a scheme")
    void schemeIsVocabulaireInFrench() {
        edit("vocabulary/delivery-mode.csv", "En ligne", "À distance");
        DiffReport report = StandardDiff.diff(before, after);
        assertThat(bump(report, "delivery-mode").message(Lang.FR))
                .isEqualTo("vocabulaire delivery-mode : passer de 0.1.0 à 0.1.0 ne suffit pas pour un changement correctif; donnez-lui la version 0.1.1");
        assertThat(bump(report, "delivery-mode").message(Lang.EN))
                .isEqualTo("scheme delivery-mode: 0.1.0 to 0.1.0 is not enough for a patch change; give it version 0.1.1");
    }

    @Test
    @DisplayName("a new code and a new optional field are minor; a bumped minor version is enough")
    void additionsAreMinor() throws IOException {
        append("vocabulary/program-type.csv", "round-table,Round table,Table ronde,\"A moderated discussion among peers.\","
                + "\"Une discussion entre pairs animée par une personne.\",,,,,,,");
        append("listing/fields.csv", "venue,text,,false,false,false,,,venue,,,Venue,Lieu,Venue,Lieu,The venue.,Le lieu.,,");
        edit("vocabulary/schemes.csv", "program-type,0.1.0,", "program-type,0.2.0,");
        DiffReport report = StandardDiff.diff(before, after);
        assertThat(summary(report)).containsExactly("MINOR row.added.concept round-table", "MINOR row.added.field venue");
        assertThat(bump(report, "program-type").sufficient()).isTrue();
        assertThat(bump(report, "standard").needed()).contains(ChangeLevel.MINOR);
        assertThat(bump(report, "standard").suggested()).contains("0.2");
        assertThat(bump(report, "standard").sufficient()).isFalse();
        assertThat(report.missingBumps()).extracting(VersionBump::subject).containsExactly("standard");
    }

    @Test
    @DisplayName("a code removed, a field made required, a threshold moved and a wording re-mapped are major")
    void breakingChangesAreMajor() {
        edit("vocabulary/delivery-mode.csv", "\nhybrid,", "\nblended,");
        edit("listing/fields.csv", "\nstageWording,text,,false,", "\nstageWording,text,,true,");
        edit("career-stage/thresholds.csv", "\nmid-career,0,3,5,", "\nmid-career,0,4,5,");
        edit("career-stage/crosswalk.csv", "entry-level,en,entry,", "entry-level,en,emerging,");
        DiffReport report = StandardDiff.diff(before, after);
        assertThat(summary(report)).containsExactlyInAnyOrder(
                "MINOR row.added.concept blended", "MAJOR row.removed.concept hybrid",
                "MAJOR cell.changed.field stageWording [required]",
                "MAJOR cell.changed.stage mid-career [min_professional_credits]",
                "MAJOR cell.changed.wording entry-level en [stage]");
        assertThat(report.level()).contains(ChangeLevel.MAJOR);
        assertThat(bump(report, "standard").suggested()).contains("0.2");
        assertThat(bump(report, "standard").message(Lang.EN))
                .isEqualTo("the standard: 0.1 to 0.1 is not enough for a major change; give it version 0.2");
    }

    @Test
    @DisplayName("a type widened is minor, narrowed is major; a bound loosened is minor, tightened is major")
    void typesAndBounds() {
        edit("listing/fields.csv", "\neligibility.minAge,integer,,false,false,false,0,",
                "\neligibility.minAge,decimal,,false,false,false,16,");
        edit("listing/fields.csv", "\nsubsidy.rate,decimal,,false,false,false,0,1,", "\nsubsidy.rate,decimal,,false,false,false,0,,");
        DiffReport report = StandardDiff.diff(before, after);
        assertThat(summary(report)).containsExactlyInAnyOrder(
                "MINOR cell.changed.field eligibility.minAge [type]",
                "MAJOR cell.changed.field eligibility.minAge [min]",
                "MINOR cell.changed.field subsidy.rate [max]");
    }

    @Test
    @DisplayName("a major change with the version moved to the next 0.x is releasable")
    void bumpedMajor() {
        edit("vocabulary/delivery-mode.csv", "\nhybrid,", "\nblended,");
        edit("vocabulary/schemes.csv", "delivery-mode,0.1.0,", "delivery-mode,0.2.0,");
        edit("listing/dataset.csv", "0.1", "0.2");
        edit("listing/fields.csv", "context/0.1.jsonld", "context/0.2.jsonld");
        DiffReport report = StandardDiff.diff(before, after);
        assertThat(report.missingBumps()).isEmpty();
        assertThat(summary(report)).noneMatch(s -> s.endsWith("[fixed]"));
        assertThat(bump(report, "standard").message(Lang.FR))
                .isEqualTo("la norme : de 0.1 à 0.2, suffisant pour un changement majeur");
    }

    @Test
    @DisplayName("a table that cannot be read is a problem named by file and line, not a crash")
    void unreadable() throws IOException {
        Files.writeString(after.resolve("vocabulary/topic.csv"), "code,label_en\n\"unclosed,x\n");
        DiffReport report = StandardDiff.diff(before, after);
        assertThat(report.afterProblems()).extracting(TableProblem::key).containsExactly("file.malformed");
        assertThat(report.releasable()).isFalse();
    }

    @Test
    @DisplayName("a code given twice in the newer copy is a problem at its line, not \"0 changes\" (K1)")
    void duplicateCodeIsAProblem() throws IOException {
        append("vocabulary/program-type.csv", "mentorship,Mentoring,Mentorat individuel,\"Guidance by one producer.\","
                + "\"Un accompagnement par une productrice.\",,,,,,,");
        DiffReport report = StandardDiff.diff(before, after);
        assertThat(report.changes()).isEmpty();
        assertThat(report.afterProblems()).anySatisfy(p -> {
            assertThat(p.place()).startsWith("vocabulary/program-type.csv:").endsWith("[code]");
            assertThat(p.message(Lang.EN)).isEqualTo("the code \"mentorship\" is used twice in this scheme");
            assertThat(p.message(Lang.FR)).contains("mentorship");
        });
        assertThat(report.releasable()).isFalse();
    }

    @Test
    @DisplayName("a French label emptied is a patch and a problem, so the copy is not releasable (K2)")
    void missingFrenchLabelIsAProblem() {
        edit("vocabulary/delivery-mode.csv", "En ligne", "");
        edit("vocabulary/schemes.csv", "delivery-mode,0.1.0,", "delivery-mode,0.1.1,");
        edit("listing/dataset.csv", "0.1", "0.1.1");
        edit("listing/fields.csv", "context/0.1.jsonld", "context/0.1.1.jsonld");
        DiffReport report = StandardDiff.diff(before, after);
        assertThat(summary(report)).first().isEqualTo("PATCH cell.changed.concept online [label_fr]");
        assertThat(report.missingBumps()).isEmpty();
        assertThat(report.afterProblems()).extracting(TableProblem::place)
                .contains(report.changes().get(0).file() + ":" + report.changes().get(0).line() + " [label_fr]");
        assertThat(report.releasable()).isFalse();
    }

    @Test
    @DisplayName("a version of 1.0 or later: major moves the first number, minor the second")
    void versionsFromOne() {
        assertThat(new VersionBump("s", "1.2.3", "2.0.0", Optional.of(ChangeLevel.MAJOR)).sufficient()).isTrue();
        assertThat(new VersionBump("s", "1.2.3", "1.3.0", Optional.of(ChangeLevel.MAJOR)).sufficient()).isFalse();
        assertThat(new VersionBump("s", "1.2.3", "1.3.0", Optional.of(ChangeLevel.MINOR)).sufficient()).isTrue();
        assertThat(new VersionBump("s", "1.2.3", "1.2.4", Optional.of(ChangeLevel.MINOR)).sufficient()).isFalse();
        assertThat(new VersionBump("s", "1.2.3", "1.2.2", Optional.of(ChangeLevel.PATCH)).sufficient()).isFalse();
        assertThat(new VersionBump("s", "1.2.3", "1.2.3", Optional.of(ChangeLevel.PATCH)).suggested()).contains("1.2.4");
        assertThat(new VersionBump("s", "1.2.3", "x", Optional.of(ChangeLevel.PATCH)).sufficient()).isFalse();
    }

    @Test
    @DisplayName("a code renamed as the guide says (the old one deprecated, replaced_by the new) says what validate and migrate do with data that uses it (K6)")
    void renameSaysWhatMigrateDoes() throws IOException {
        edit("vocabulary/program-type.csv", "WorkBasedProgram learnMethod:WorkBased,,\n",
                "WorkBasedProgram learnMethod:WorkBased,true,work-placement\n");
        append("vocabulary/program-type.csv", "work-placement,Work placement,Placement en milieu de travail,"
                + "\"A paid period of work inside a host company.\",\"Une période de travail rémunérée chez un hôte.\",,,,,,,");
        DiffReport report = StandardDiff.diff(before, after);
        assertThat(summary(report)).containsExactlyInAnyOrder("MINOR cell.changed.concept paid-placement [deprecated]",
                "MINOR cell.changed.concept paid-placement [replaced_by]", "MINOR row.added.concept work-placement");
        StandardChange retired = report.changes().stream().filter(c -> c.column().equals("replaced_by")).findFirst().orElseThrow();
        assertThat(retired.reason(Lang.EN)).isEqualTo("the code stays valid: `opdl validate` warns about data that uses "
                + "paid-placement and names work-placement, and `opdl migrate` writes work-placement in its place; migrate "
                + "the data that uses paid-placement (`opdl migrate FILE`) once this version is released");
        assertThat(retired.reason(Lang.FR)).startsWith("le code reste valide : `opdl validate` signale les données qui "
                + "utilisent paid-placement et nomme work-placement, et `opdl migrate` écrit work-placement à sa place");
    }

    @Test
    @DisplayName("a replacement itself replaced: validate names the first, and migrate writes the end of the chain")
    void chainSaysWhereMigrateEnds() throws IOException {
        edit("vocabulary/program-type.csv", "WorkBasedProgram learnMethod:WorkBased,,\n",
                "WorkBasedProgram learnMethod:WorkBased,true,work-placement\n");
        append("vocabulary/program-type.csv", "work-placement,Work placement,Placement en milieu de travail,"
                + "\"A paid period of work inside a host company.\",\"Une période de travail rémunérée chez un hôte.\",,,,,,true,shadowing");
        DiffReport report = StandardDiff.diff(before, after);
        StandardChange retired = report.changes().stream().filter(c -> c.column().equals("replaced_by")).findFirst().orElseThrow();
        assertThat(retired.reason(Lang.EN)).isEqualTo("the code stays valid: `opdl validate` warns about data that uses "
                + "paid-placement and names work-placement, itself replaced, and `opdl migrate` follows the replacements and "
                + "writes shadowing in its place; migrate the data that uses paid-placement (`opdl migrate FILE`) once this "
                + "version is released");
        assertThat(retired.reason(Lang.FR)).startsWith("le code reste valide : `opdl validate` signale les données qui "
                + "utilisent paid-placement et nomme work-placement, lui-même remplacé, et `opdl migrate` suit les "
                + "remplacements et écrit shadowing à sa place");
    }

    @Test
    @DisplayName("a code deprecated with no replacement says migrate leaves it; a code removed says how to retire it instead (K6)")
    void deprecatedWithoutReplacementAndRemoved() {
        edit("vocabulary/program-type.csv", "WorkBasedProgram learnMethod:WorkBased,,\n", "WorkBasedProgram learnMethod:WorkBased,true,\n");
        edit("vocabulary/delivery-mode.csv", "\nhybrid,", "\nblended,");
        DiffReport report = StandardDiff.diff(before, after);
        StandardChange deprecated = report.changes().stream().filter(c -> c.column().equals("deprecated")).findFirst().orElseThrow();
        assertThat(deprecated.reason(Lang.EN)).contains("no concept replaces it, so `opdl migrate` leaves it as it is");
        assertThat(deprecated.reason(Lang.FR)).contains("aucun concept ne le remplace, donc `opdl migrate` le laisse tel quel");
        StandardChange removed = report.changes().stream().filter(c -> c.what().equals("row.removed.concept")).findFirst().orElseThrow();
        assertThat(removed.reason(Lang.EN)).startsWith("records that use the code become invalid; to retire it without breaking them, "
                + "keep its row with deprecated set to true and replaced_by naming the code");
        assertThat(removed.reason(Lang.FR)).contains("gardez sa ligne avec deprecated à true");
    }

    @Test
    @DisplayName("K23: a mistyped heading is one problem at line 1 with its fix, not also a column added and a column removed")
    void mistypedHeadingToldOnce() {
        edit("vocabulary/program-type.csv", "label_en,label_fr,", "label_en,lable_fr,");
        DiffReport report = StandardDiff.diff(before, after);
        assertThat(summary(report)).as("no column change is counted for the slip").isEmpty();
        assertThat(report.bumps()).as("no version asked to move for it").allSatisfy(b -> assertThat(b.needed()).isEmpty());
        assertThat(report.afterProblems()).filteredOn(p -> p.file().equals("vocabulary/program-type.csv"))
                .extracting(p -> p.key() + " " + p.place())
                .containsExactly("column.misspelled vocabulary/program-type.csv:1 [lable_fr]");
        assertThat(report.releasable()).isFalse();
    }

    @Test
    @DisplayName("a column renamed on purpose to a name unlike the old one is still a column added and a column removed")
    void renamedColumnIsStillAChange() {
        edit("vocabulary/program-type.csv", ",close_match,", ",related_match,");
        DiffReport report = StandardDiff.diff(before, after);
        assertThat(summary(report)).containsExactly("MINOR column.added related_match [related_match]",
                "MAJOR column.removed close_match [close_match]");
    }

    @Test
    @DisplayName("K26: a threshold moved says, beside its major change, that it needs a decision record with its reason, in both languages")
    void thresholdNeedsADecisionRecord() {
        edit("career-stage/thresholds.csv", "\nemerging,1,0,0,", "\nemerging,2,0,0,");
        DiffReport report = StandardDiff.diff(before, after);
        assertThat(summary(report)).containsExactly("MAJOR cell.changed.stage emerging [min_completed_works]");
        StandardChange moved = report.changes().get(0);
        assertThat(moved.reason(Lang.EN)).startsWith("a threshold moved, so a producer may change stage; such a change needs a decision "
                + "record in docs/adr/ that gives its reason");
        assertThat(moved.reason(Lang.FR)).contains("une décision consignée dans docs/adr/ qui en donne la raison");
    }
}

