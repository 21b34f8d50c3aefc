package org.opdl.schema.cell;

import java.util.Optional;
import java.util.regex.Pattern;
import org.opdl.model.definition.FieldType;
import org.opdl.model.field.Field;

/**
 * A date where a number or an amount goes: what a spreadsheet makes of a cell formatted as General when what is
 * typed looks like a day and a month, such as {@code 8-10} (a range of places) or {@code 1/2}. A workbook saves
 * the date ({@code 2026-08-10}), a CSV file the day and month shown ({@code 10-Aug}); neither is the number typed,
 * which cannot be read back from the date, so the cell is refused with how to type it again.
 */
final class DateInANumber {

    /** A day as a workbook's date cell reads, or as Excel shows a day and month ("10-Aug", "Aug-10"). */
    private static final Pattern DATE = Pattern.compile("(?iu)\\d{4}-\\d{2}-\\d{2}|\\d{1,2}-(?:%1$s)\\.?|(?:%1$s)\\.?-\\d{1,2}".formatted(
            "jan|janv|feb|f[ée]v|f[ée]vr|mar|mars|apr|avr|may|mai|jun|juin|jul|juil|aug|ao[ûu]t?|sep|sept|oct|nov|dec|d[ée]c"));

    private DateInANumber() {
    }

    /** Why {@code v}, a date, is no value of {@code field}, a number or an amount; empty for any other cell or field. */
    static Optional<Unreadable> explain(Field field, String v) {
        if (field.type() != FieldType.INTEGER && field.type() != FieldType.DECIMAL || !DATE.matcher(v.strip()).matches()) {
            return Optional.empty();
        }
        return Optional.of(new Unreadable(v, Refusal.DATE_IN_A_NUMBER, v.strip()));
    }
}
