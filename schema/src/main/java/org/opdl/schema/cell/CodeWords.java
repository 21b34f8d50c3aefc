package org.opdl.schema.cell;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opdl.model.field.Field;
import org.opdl.model.field.FieldTree;
import org.opdl.model.text.Text;

/**
 * Words in a code cell that no code says but whose meaning is plain, refused with what to write
 * rather than left to the unknown code's list: Canada less some provinces in a region ({@link
 * RegionExceptions}), sessions given by their days in a frequency ({@link SessionDays}), and a
 * fee type of "free" that points to notes, whose notes the column cannot hold, or that is free for
 * members only, which the standard writes as a fee for non-members.
 */
final class CodeWords {

    /** Free in either language (group 1), then a pointer to notes: "Free (see notes)", "Gratuit*". */
    private static final Pattern FREE_POINTED = Pattern.compile("(?iu)(free|gratuit|gratuite|sans frais|aucuns? frais|no fees?)\\s*"
            + YesNoNotes.POINTER);

    /**
     * Free for members only, before or after the members, with no amount: "free for members", "gratuit pour les membres de
     * l'AQPM", "CMPA members: free". With what non-members pay ("Free for members, $50 for non-members") it is that fee, read as such.
     */
    private static final Pattern FREE_FOR_MEMBERS = Pattern.compile("(?iu)(?!.*\\d)(?:(?:free|gratuite?s?|sans frais|no (?:fee|charge|cost))\\s+(?:for|to|pour|aux|with)"
            + "\\s+(?:[\\p{L}'’]+\\s+){0,3}?(?:members?|membres?|adhérents?|membership)\\b.*|(?:[\\p{L}'’]+\\s+){0,2}?(?:members?|membres?)\\s*[:,–-]?\\s*"
            + "(?:free|gratuite?s?)\\b.*)");

    private CodeWords() {
    }

    /** Why {@code v} in the code column {@code field} names no code, and what to write; {@code codeOf} finds a code of the field's scheme by its words. */
    static Optional<Unreadable> explain(Field field, String v, Function<String, Optional<String>> codeOf) {
        String scheme = field.scheme().orElse("");
        if ("region".equals(scheme)) {
            // "partout au Canada sauf au Québec": the nearest label, Canada-wide, would say the opposite.
            return RegionExceptions.explain(v, codeOf);
        }
        return "fee-type".equals(scheme) ? freeWithNotes(field, v) : SessionDays.explain(field, v);
    }

    /** Why free with a pointer to notes, in a fee's column, is not read as no fees, and what to write; empty for any other cell. */
    static Optional<Unreadable> freeWithNotes(Field field, String v) {
        if (field.path().startsWith("fees.") && FREE_FOR_MEMBERS.matcher(v.strip()).matches()) {
            return Optional.of(new Unreadable(v, Refusal.FREE_FOR_MEMBERS, v.strip(), label("fees.nonMembersOnly"), label("fees.amount.amount"),
                    label("fees.feeType")));
        }
        Matcher m = field.path().startsWith("fees.") ? FREE_POINTED.matcher(v.strip()) : null;
        return m != null && m.matches() ? Optional.of(new Unreadable(v, Refusal.FREE_NOTES, m.group(1),
                FieldTree.listing().field("moneyNotes").map(Field::label).orElseThrow())) : Optional.empty();
    }

    private static Text label(String path) {
        return FieldTree.listing().field(path).map(Field::headingOrLabel).orElseThrow();
    }
}
