package org.opdl.schema.cell;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opdl.model.definition.FieldType;
import org.opdl.model.field.Field;
import org.opdl.model.field.FieldTree;
import org.opdl.model.text.Text;

/**
 * A yes or no followed by a pointer to notes, as sheets mark a yes that has a condition: "Yes (see
 * notes)", "Oui*", "Yes - see below", "Oui (voir notes)". The yes alone would drop the condition the
 * notes hold, which a listing keeps only in its notes columns, so the cell is refused with the yes
 * or no to write and the column the notes go in: "Money notes" for a fee or financial help,
 * "Eligibility notes" for who may apply, the description otherwise. Words after a yes that are no
 * pointer ("Yes, for members") are left to the column's own refusal.
 */
final class YesNoNotes {

    /** An asterisk or a pointer to notes, in brackets or after a dash or comma: "*", "(see notes)", "- see below". */
    static final String POINTER = "(?:\\*{1,3}|\\(\\s*\\*{1,3}\\s*\\)|(?:[-–—,:;]\\s*|\\(\\s*|\\[\\s*)(?:see|voir|cf\\.?|refer to|details|détails|more)\\s+"
            + "(?:the |les |la |le |l'|l’|in |dans |en |info )?(?:notes?|below|ci-dessous|plus bas|footnotes?|comments?|commentaires?"
            + "|remarks?|remarques?|description|details|détails|money notes|notes financières|eligibility notes"
            + "|notes sur l'admissibilité|notes sur l’admissibilité)\\s*[)\\]]?\\.?)";
    /** The yes or no (group 1), then a pointer to notes. */
    private static final Pattern POINTED = Pattern.compile("(?iu)(yes|no|oui|non|true|false|vrai|faux)\\s*" + POINTER);

    private YesNoNotes() {
    }

    /** Why a yes or no with a pointer to notes is not read in {@code field}, and what to write; empty for any other cell. */
    static Optional<Unreadable> explain(Field field, String v) {
        if (field.type() != FieldType.BOOLEAN) {
            return Optional.empty();
        }
        Matcher m = POINTED.matcher(v.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Text answer = switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "yes", "oui", "true", "vrai" -> CellMessages.YES_WORD.text();
            default -> CellMessages.NO_WORD.text();
        };
        return Optional.of(new Unreadable(v, Refusal.YES_NO_NOTES, answer, notesOf(field), v.strip()));
    }

    /** The label of the notes column that holds what a yes or no of {@code field} leaves out. */
    private static Text notesOf(Field field) {
        String path = field.path();
        String notes = path.startsWith("fees.") || path.equals("financialHelp") ? "moneyNotes"
                : path.startsWith("eligibility.") ? "eligibility.notes" : "description";
        return FieldTree.listing().field(notes).map(Field::label).orElseThrow();
    }
}
