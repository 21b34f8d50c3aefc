package org.opdl.schema.cell;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opdl.model.definition.FieldType;
import org.opdl.model.definition.SheetUnit;
import org.opdl.model.definition.SheetWording;
import org.opdl.model.field.Field;
import org.opdl.model.text.Text;

/**
 * A least or most of credits, works or years written in the column of another of them, as a
 * coordinator puts the call's one figure under the nearest heading: "au moins 3 ans" or "3+ years"
 * in a column of credits, "2+ credits" in a column of years. The number counts what its words name,
 * not what the column counts, so it is never read there (three years of practice are no three
 * credits): the cell is refused with the column of the same group that counts it, the least or
 * the most as its words say, and the column's own figure left to the call.
 */
final class OtherUnits {

    /** The units a least or most of eligibility counts, each with the others as a coordinator may mix them up. */
    private static final List<SheetUnit> COUNTED = List.of(SheetUnit.CREDITS, SheetUnit.YEARS, SheetUnit.WORKS);
    private static final String OR_MORE = "(?:or more|and more|and over|ou plus|et plus|et\\s*\\+|minimum|min\\.?|au moins)";
    private static final String OR_FEWER = "(?:or fewer|or less|and under|ou moins|et moins|au plus|maximum|max\\.?)";
    /** Per unit, a count of it with the words of a least (group least, plus or more) or a most (group most or fewer), or none. */
    private static final Map<SheetUnit, Pattern> COUNTS = counts();
    /** What each unit counts, as the message names it. */
    private static final Map<SheetUnit, Text> NAMES = Map.of(SheetUnit.CREDITS, CellMessages.UNIT_CREDITS.text(),
            SheetUnit.YEARS, CellMessages.UNIT_YEARS.text(), SheetUnit.WORKS, CellMessages.UNIT_WORKS.text());

    private OtherUnits() {
    }

    /** True when {@code v} counts a unit other than the one {@code field} counts, and so must not be read as its number. */
    static boolean counted(Field field, String v) {
        return explain(field, v).isPresent();
    }

    /** Why a count of another unit cannot go in {@code field}, and the column it goes in; empty for any other cell. */
    static Optional<Unreadable> explain(Field field, String v) {
        Optional<SheetUnit> own = field.sheetUnit().filter(COUNTED::contains);
        if (field.type() != FieldType.INTEGER || own.isEmpty() || field.parent().isEmpty()) {
            return Optional.empty();
        }
        String s = v.strip();
        String digits = NumberWords.inDigits(s).orElse(s);
        for (SheetUnit unit : COUNTED) {
            if (unit == own.get()) {
                continue;
            }
            Matcher m = COUNTS.get(unit).matcher(s);
            if (!m.matches()) {
                m = COUNTS.get(unit).matcher(digits);
            }
            if (!m.matches()) {
                continue;
            }
            boolean least = m.group("least") != null || m.group("plus") != null || m.group("more") != null;
            boolean most = m.group("most") != null || m.group("fewer") != null;
            SheetWording bound = least ? SheetWording.MINIMUM : most ? SheetWording.MAXIMUM
                    : field.wordedAs(SheetWording.MINIMUM) ? SheetWording.MINIMUM : SheetWording.MAXIMUM;
            Optional<Field> column = field.parent().get().children().stream()
                    .filter(f -> f.sheetUnit().filter(unit::equals).isPresent() && f.wordedAs(bound)).findFirst();
            if (column.isPresent()) {
                return Optional.of(new Unreadable(v, Refusal.COUNT_OTHER_UNIT, s, Integer.parseInt(m.group("n")), NAMES.get(unit),
                        column.get().headingOrLabel(), NAMES.get(own.get())));
            }
        }
        return Optional.empty();
    }

    private static Map<SheetUnit, Pattern> counts() {
        Map<SheetUnit, Pattern> out = new EnumMap<>(SheetUnit.class);
        for (SheetUnit unit : COUNTED) {
            out.put(unit, Pattern.compile("(?iu)(?:(?<least>" + CellRanges.AT_LEAST_WORDS + ")|(?<most>" + Maximums.AT_MOST + "))?\\s*(?<n>\\d{1,3})"
                    + "\\s*(?<plus>\\+)?\\s*(?:" + CellRanges.UNITS.get(unit) + ")\\s*(?:(?<more>" + OR_MORE + "|\\+)|(?<fewer>" + OR_FEWER + "))?\\.?"));
        }
        return Map.copyOf(out);
    }
}
