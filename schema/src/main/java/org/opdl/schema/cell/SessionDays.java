package org.opdl.schema.cell;

import java.util.Optional;
import java.util.regex.Pattern;
import org.opdl.model.field.Field;
import org.opdl.model.field.FieldTree;
import org.opdl.model.text.Text;

/**
 * How often sessions take place, written as the days of the week or the times a week a call gives:
 * "Tues & Thurs", "mardis et jeudis", "2x/week", "deux fois par semaine", "every Tuesday". The
 * codes count one session a day, a week, two weeks or a month: several a week is none of them, and
 * one day a week is weekly, but its day has no column. So the cell is refused with the code to
 * write, if any, and the words for the description, where no reader loses them. Monday to Friday
 * is every working day, which daily says, and is read so.
 */
final class SessionDays {

    /** A day of the week, in English (whole or cut short, with or without a dot or an s) or in French. */
    private static final String DAY = "(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?s?\\.?"
            + "|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?";
    /** Words before the days that say each week: "every", "on", "les", "tous les". */
    private static final String EACH = "(?:(?:every|each|on|tous les|toutes les|chaque|les|le)\\s+)?";
    /** One day of each week: "every Tuesday", "Tuesdays", "les mardis". */
    private static final Pattern ONE_DAY = Pattern.compile("(?iu)" + EACH + "(?:" + DAY + ")");
    /** Several days of each week, "Tues & Thurs", or more than once a week in words, "2x/week", "twice a week", "deux fois par semaine". */
    private static final Pattern SEVERAL = Pattern.compile("(?iu)" + EACH + "(?:" + DAY + ")(?:\\s*(?:&|and|et|,|/|\\+)\\s*(?:" + DAY + "))+"
            + "|(?:[2-6]|two|three|four|five|deux|trois|quatre|cinq)\\s*(?:x|times|fois)\\s*(?:/|a|per|par|each|chaque)?\\s*(?:week|wk|semaine|sem\\.?)"
            + "|twice\\s+(?:a\\s+|per\\s+|each\\s+)?week(?:ly)?");

    /** Every working day of a week, which the code daily says: "Mon–Fri", "Monday to Friday", "du lundi au vendredi", "weekdays", "en semaine". */
    private static final Pattern WORKING_DAYS = Pattern.compile("(?iu)(?:(?:from|du|de)\\s+)?(?:mon|monday|lun|lundi)\\.?\\s*(?:-|–|—|to|through|thru|au|à)"
            + "\\s*(?:fri|friday|ven|vendredi)\\.?|(?:on\\s+|every\\s+)?weekdays|every\\s+weekday|en semaine|(?:tous\\s+)?les jours (?:de semaine|ouvrables)");
    /** The code whose definition says sessions take place every working day. */
    private static final String DAILY = "daily";

    private SessionDays() {
    }

    /** The code daily for sessions on every working day of the week, Monday to Friday; empty for any other cell. */
    static Optional<String> everyWorkingDay(Field field, String v) {
        boolean frequency = field.scheme().filter("session-frequency"::equals).isPresent();
        return frequency && WORKING_DAYS.matcher(v.strip()).matches() ? Optional.of(DAILY) : Optional.empty();
    }

    /** Why a frequency given by its days or times a week is not read, and what to write; empty for any other cell. */
    static Optional<Unreadable> explain(Field field, String v) {
        if (!field.scheme().filter("session-frequency"::equals).isPresent()) {
            return Optional.empty();
        }
        String s = v.strip();
        Text description = FieldTree.listing().field("description").map(Field::label).orElseThrow();
        if (SEVERAL.matcher(s).matches()) {
            return Optional.of(new Unreadable(v, Refusal.FREQUENCY_SEVERAL, s, description));
        }
        return ONE_DAY.matcher(s).matches() ? Optional.of(new Unreadable(v, Refusal.FREQUENCY_DAY, s, description)) : Optional.empty();
    }
}
