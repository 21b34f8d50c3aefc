package org.opdl.model.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opdl.model.text.Lang;

@DisplayName("opdl standard check: the replaced_by column as validate and migrate read it (K14)")
class ReplacementChainsTest {

    private static final String TABLE = "vocabulary/program-type.csv";

    @TempDir
    Path copy;

    @BeforeEach
    void copyTheStandard() throws IOException {
        TableCopies.copy(Path.of("..", "standard"), copy);
    }

    /** Replaces the last two cells (deprecated, replaced_by) of the row of {@code code}. */
    private void retire(String code, String deprecated, String replacedBy) throws IOException {
        Path file = copy.resolve(TABLE);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int at = lines.stream().filter(l -> l.startsWith(code + ",")).findFirst().map(lines::indexOf).orElseThrow();
        String row = lines.get(at);
        assertThat(row).as(code).endsWith(",");
        String start = row.substring(0, row.lastIndexOf(',', row.length() - 2));
        lines.set(at, start + "," + deprecated + "," + replacedBy);
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private List<TableProblem> problems() {
        return StandardCheck.check(copy);
    }

    private static List<String> keys(List<TableProblem> problems) {
        return problems.stream().map(p -> p.key() + " " + p.place()).toList();
    }

    @Test
    @DisplayName("masterclass-workshop retired in favour of workshop-webinar, which it replaced: a loop, told at its first row, in both languages")
    void loop() throws IOException {
        retire("masterclass-workshop", "true", "workshop-webinar");
        List<TableProblem> problems = problems();
        assertThat(keys(problems)).containsExactly("concept.replacement-loop " + TABLE + ":8 [replaced_by]");
        assertThat(problems.get(0).message(Lang.EN)).startsWith(
                "the replacements go round in a loop: masterclass-workshop → workshop-webinar → masterclass-workshop; opdl migrate");
        assertThat(problems.get(0).fix(Lang.EN)).startsWith("A replacement leads to a concept in use: make one concept of the loop current again");
        assertThat(problems.get(0).message(Lang.FR)).startsWith(
                "les remplaçants tournent en boucle : masterclass-workshop → workshop-webinar → masterclass-workshop; opdl migrate");
        assertThat(problems.get(0).fix(Lang.FR)).startsWith("Un remplaçant mène à un concept en usage");
    }

    @Test
    @DisplayName("a deprecated concept that names itself as its replacement")
    void itself() throws IOException {
        retire("shadowing", "true", "shadowing");
        List<TableProblem> problems = problems();
        assertThat(keys(problems)).containsExactly("concept.replaced-by-itself " + TABLE + ":4 [replaced_by]");
        assertThat(problems.get(0).message(Lang.EN)).isEqualTo("the deprecated concept \"shadowing\" names itself as its replacement");
        assertThat(problems.get(0).message(Lang.FR)).isEqualTo("le concept obsolète « shadowing » se désigne lui-même comme remplaçant");
    }

    @Test
    @DisplayName("a replacement written on a concept left in use (deprecated forgotten), which neither validate nor migrate reads")
    void notDeprecated() throws IOException {
        retire("shadowing", "", "mentorship");
        List<TableProblem> problems = problems();
        assertThat(keys(problems)).containsExactly("concept.replaced-not-deprecated " + TABLE + ":4 [replaced_by]");
        assertThat(problems.get(0).message(Lang.EN)).isEqualTo("the concept \"shadowing\" names a replacement, \"mentorship\", "
                + "but is not deprecated, so nothing reads it: opdl validate does not warn about shadowing and opdl migrate leaves it");
        assertThat(problems.get(0).fix(Lang.EN)).isEqualTo(
                "Write true in the deprecated cell of shadowing if data should use mentorship instead, or empty its replaced_by cell.");
        assertThat(problems.get(0).fix(Lang.FR)).startsWith("Inscrivez true dans la cellule deprecated de shadowing");
    }

    @Test
    @DisplayName("a chain that ends at a concept in use (shadowing → workshop-webinar → masterclass-workshop) is no problem: migrate writes its end")
    void chainToAConceptInUse() throws IOException {
        retire("shadowing", "true", "workshop-webinar");
        assertThat(keys(problems())).isEmpty();
    }

    @Test
    @DisplayName("K15: lab split in two, both named in replaced_by: one replacement, with how to say the split, not \"did you mean mentorship\"")
    void split() throws IOException {
        retire("lab", "true", "mentorship | shadowing");
        List<TableProblem> problems = problems();
        assertThat(keys(problems)).containsExactly("concept.several-replacements " + TABLE + ":5 [replaced_by]");
        assertThat(problems.get(0).message(Lang.EN)).isEqualTo("the deprecated concept \"lab\" names 2 replacements, "
                + "\"mentorship | shadowing\": opdl migrate writes one code in place of lab, so replaced_by names one");
        assertThat(problems.get(0).fix(Lang.EN)).startsWith("To split lab, write in replaced_by the concept most of its data should move to, "
                + "such as mentorship, and say in its definitions (English and French) which concept the rest should use");
        assertThat(problems.get(0).message(Lang.FR)).isEqualTo("le concept obsolète « lab » indique 2 remplaçants, "
                + "« mentorship | shadowing » : opdl migrate écrit un seul code à la place de lab, si bien que replaced_by en nomme un seul");
        assertThat(problems.get(0).fix(Lang.FR)).startsWith("Pour scinder lab, inscrivez dans replaced_by");
    }

    @Test
    @DisplayName("a replacement mistyped, not split, still gets the nearest code")
    void misspelledIsNotASplit() throws IOException {
        retire("lab", "true", "mentorshp");
        assertThat(keys(problems())).containsExactly("concept.misspelled-replacement " + TABLE + ":5 [replaced_by]");
    }
}
