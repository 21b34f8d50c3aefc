package org.opdl.schema.cell;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opdl.model.definition.FieldType;
import org.opdl.model.definition.SheetUnit;
import org.opdl.model.field.Field;

/**
 * A credit or work named by its rank in a column that counts them, as calls write whom they are
 * for: "1er crédit", "first credit", "2e œuvre". A rank is no count, and it reads two ways: the
 * call may ask for that credit made already (a least of its number) or be for those who seek it
 * (a most of one less). The cell is refused with both, each in its column, and no side is picked.
 * A work named by its rank in a column of credits ("première œuvre") is no credit: both readings
 * then go in the columns of completed works beside it.
 */
final class UnitRanks {

    /** A rank in digits then its French or English ending (group 1), or in words (group 2), then the column's unit (group 3). */
    private static final String RANK = "(?:(?:my|mon|ma|son|sa|their|his|her|a|un|une|le|la|the)\\s+)?(?:(\\d{1,2})\\s*(?:er|re|ère|e|ème|eme|è|st|nd|rd|th)\\.?"
            + "|(first|premier|première|premiere|second|seconde|deuxième|deuxieme|third|troisième|troisieme))\\s+";
    private static final Map<String, Integer> WORDS = Map.of("first", 1, "premier", 1, "première", 1, "premiere", 1, "second", 2, "seconde", 2,
            "deuxième", 2, "deuxieme", 2, "third", 3, "troisième", 3);
    private static final Map<SheetUnit, Pattern> RANKED = Map.of(
            SheetUnit.CREDITS, Pattern.compile("(?iu)" + RANK + "(" + CellRanges.UNITS.get(SheetUnit.CREDITS) + ")"),
            SheetUnit.WORKS, Pattern.compile("(?iu)" + RANK + "(" + CellRanges.UNITS.get(SheetUnit.WORKS) + ")"));

    private UnitRanks() {
    }

    /** Why a rank in a least or most of credits or works is no count, with both readings; empty for any other cell. */
    static Optional<Unreadable> explain(Field field, String v) {
        if (field.type() != FieldType.INTEGER) {
            return Optional.empty();
        }
        Pattern p = field.sheetUnit().map(RANKED::get).orElse(null);
        Matcher m = p == null ? null : p.matcher(v.strip());
        Optional<CellRanges.Bounds> bounds = CellRanges.Bounds.of(field);
        if (m != null && !m.matches() && field.sheetUnit().filter(SheetUnit.CREDITS::equals).isPresent()) {
            // "première œuvre" in a column of credits: a work is counted in the completed works beside it.
            m = RANKED.get(SheetUnit.WORKS).matcher(v.strip());
            bounds = bounds.flatMap(b -> worksBeside(field));
        }
        if (m == null || !m.matches() || bounds.isEmpty()) {
            return Optional.empty();
        }
        int rank = m.group(1) != null ? Integer.parseInt(m.group(1)) : WORDS.getOrDefault(m.group(2).toLowerCase(Locale.ROOT), 3);
        if (rank < 1) {
            return Optional.empty();
        }
        return Optional.of(new Unreadable(v, Refusal.RANK_OF_A_UNIT, v.strip(), rank, bounds.get().low().headingOrLabel(), rank - 1,
                bounds.get().high().headingOrLabel()));
    }

    /** The least and most of completed works beside a column of credits; empty when its group has none. */
    private static Optional<CellRanges.Bounds> worksBeside(Field credits) {
        return credits.parent().map(Field::children).orElse(List.of()).stream()
                .filter(f -> f.sheetUnit().filter(SheetUnit.WORKS::equals).isPresent()).findFirst().flatMap(CellRanges.Bounds::of);
    }
}
