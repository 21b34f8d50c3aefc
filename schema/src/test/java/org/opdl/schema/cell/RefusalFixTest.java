package org.opdl.schema.cell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.opdl.model.field.FieldTree;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Text;

/**
 * The fix of every refused cell is an action a coordinator can follow, in both languages, and never
 * the message again: a fix of "write" and the message's own words told her nothing new.
 */
@DisplayName("The fix of every kind of refused cell says what to do, not the message again")
class RefusalFixTest {

    /** The verbs a fix opens with: what a coordinator does with the cell. */
    private static final List<String> VERBS_EN = List.of("write", "put", "move", "leave", "check", "find", "choose", "copy");
    private static final List<String> VERBS_FR = List.of("écrivez", "mettez", "déplacez", "laissez", "vérifiez", "cherchez", "choisissez", "copiez");

    /** Arguments unlike any word of the messages, so that a fix that only repeats its message is seen whatever it repeats. */
    private static final Object[] ARGS = {"Q1 2027", "P10W", "4", "Min widgets", "Max widgets"};

    @ParameterizedTest(name = "{0}")
    @EnumSource(Refusal.class)
    @DisplayName("the fix opens with what to do and is not the message's words, in English and in French")
    void fixIsAnAction(Refusal kind) {
        Text expected = kind.expected().text(ARGS);
        Text fix = kind.fix().text(ARGS);
        assertAction(fix.en(), expected.en(), VERBS_EN);
        assertAction(fix.fr(), expected.fr(), VERBS_FR);
    }

    private static void assertAction(String fix, String expected, List<String> verbs) {
        String first = fix.split("[\\s,;]", 2)[0].toLowerCase(Locale.ROOT);
        assertThat(verbs).as("the first word of \"%s\"", fix).contains(first);
        String rest = fix.substring(first.length()).strip();
        assertThat(expected).as("the message holds the fix \"%s\" again", fix).doesNotContain(rest);
        assertThat(fix).as("the fix holds the message \"%s\" again", expected).doesNotContain(expected);
    }

    @Nested
    @DisplayName("through the reader of a cell")
    class ThroughTheReader {

        private final CellReader reader = new CellReader(new Readings());

        private Finding refused(String path, String cell) {
            Location at = new Location.Csv("listings.csv", 0, "/" + path.replace('.', '/'), 2, path, "B");
            try {
                reader.read(FieldTree.listing().field(path).orElseThrow(), cell, at, n -> { });
            } catch (Unreadable e) {
                return e.finding(at);
            }
            throw new AssertionError("\"" + cell + "\" was read in " + path);
        }

        @Test
        @DisplayName("the column's example, an amount with words, a range and a date with its remark each get their own fix")
        void eachCellItsFix() {
            assertThat(refused("intakes.places", "plenty").fix().en()).isEqualTo("write the number in digits alone, such as 12, "
                    + "or leave the cell blank if the call gives none");
            Finding words = refused("stipend.amount.amount", "$2,500/participant");
            assertThat(words.fix().en()).isEqualTo("write 2500 here, and \"/participant\" in \"Money notes\"");
            assertThat(words.fix().fr()).isEqualTo("écrivez 2500 ici, et « /participant » dans « Notes financières »");
            assertThat(refused("eligibility.minCredits", "1-3").fix().en())
                    .isEqualTo("put the smallest, 1, in \"Min professional credits\" and the largest, 3, in \"Max professional credits\"");
            assertThat(refused("intakes.applicationDeadline", "2027-03-15 (tentative)").fix().fr())
                    .isEqualTo("écrivez 2027-03-15 ici, et déplacez « (tentative) » dans « Moment » du même appel");
            Stream.of("plenty", "$2,500/participant").forEach(cell -> assertThat(refused("stipend.amount.amount", cell).fix().en())
                    .doesNotStartWith("write a decimal number such as"));
        }
    }
}
