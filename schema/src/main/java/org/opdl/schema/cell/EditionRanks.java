package org.opdl.schema.cell;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opdl.model.definition.FieldType;
import org.opdl.model.field.Field;
import org.opdl.model.field.FieldTree;
import org.opdl.model.text.Text;

/**
 * A cohort or edition named by its rank in a count of an intake, as calls number them: "12 (2e
 * cohorte)" or "12 (2nd cohort)" in *Places*, "3e édition" in *Year*. A rank is no count, and the
 * name it gives the intake has its own column, *Edition*, so the cell is refused with the number
 * for the column, if it gives one, and the rank's words for *Edition* of the same intake.
 */
final class EditionRanks {

    /** A rank as French and English write it after its digits, then what it ranks: "2e cohorte", "1re édition", "13th edition". */
    private static final String RANK = "\\d{1,3}\\s*(?:e|er|re|ère|ème|eme|è|st|nd|rd|th)\\.?\\s+(?:cohortes?|cohorts?|éditions?|editions?|intakes?"
            + "|appels?|promotions?|rounds?|cycles?|sessions?)";
    /** The rank alone (group 1), or a number then the rank, in brackets or after a comma or a dash (groups 2 and 3). */
    private static final Pattern RANKED = Pattern.compile("(?iu)(" + RANK + ")|(\\d{1,6})\\s*[,;:(–-]?\\s*(" + RANK + ")\\s*\\)?");

    private EditionRanks() {
    }

    /** Why a count of an intake that names a cohort or edition by its rank is not read, and where the rank goes; empty otherwise. */
    static Optional<Unreadable> explain(Field field, String v) {
        if (field.type() != FieldType.INTEGER || !field.path().startsWith("intakes.")) {
            return Optional.empty();
        }
        Matcher m = RANKED.matcher(v.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Text edition = FieldTree.listing().field("intakes.label").map(Field::label).orElseThrow();
        return Optional.of(m.group(1) != null ? new Unreadable(v, Refusal.RANK_NOT_COUNT, m.group(1).strip(), edition)
                : new Unreadable(v, Refusal.COUNT_WITH_RANK, m.group(2), m.group(3).strip(), edition));
    }
}
