package org.opdl.schema.cell;

import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opdl.model.field.Field;
import org.opdl.model.text.Folding;

/**
 * Words typed in a date cell that name no day: applications taken at any time, a day not set yet,
 * a day counted from an event, a season or part of a year. No date is made of them, none is
 * guessed, and the refusal says where the words go.
 */
final class NoDayWords {

    /** Words saying applications are taken at any time, which the standard says in Recurrence, not in a date. */
    private static final Set<String> ROLLING = Set.of("rolling", "rolling basis", "rolling intake",
            "rolling deadline", "ongoing", "continuous", "year round", "no deadline", "en continu", "en tout temps",
            "toute l annee", "sans date limite", "aucune date limite");

    /** A season, months or a part of a year before its year, which name no day: "Spring 2027", "printemps 2027", "Jan-Mar 2027", "Q2 2027". */
    private static final Pattern PERIOD = Pattern.compile("(?iu)\\p{L}[\\p{L}.'’\\s–-]{0,30}?[\\s-]*(?:19|20)\\d{2}|[qth][1-4][\\s-]*(?:19|20)\\d{2}");

    /** A day set by an event, which no date can be made of: "at least 6 weeks before the market", "30 jours avant le festival". */
    private static final Pattern RELATIVE_DAY = Pattern.compile("(?iu)(?:(?:at least|no later than|au moins|au plus tard)\\s+)?"
            + "(?:\\d{1,3}|one|two|three|four|six|un|une|deux|trois|quatre|six)\\s+\\p{L}+\\s+(?:before|after|prior to|ahead of|avant|après)\\s+\\S.*");

    /** A season or a month alone, or a part of one, once folded: "fall", "l ete", "late March", "fin juin". */
    private static final Pattern SEASON_ALONE = Pattern.compile("(?:(?:early|mid|late|end of|beginning of|debut|mi|fin)\\s(?:de |d |du )?)?"
            + "(?:the |l |le )?(?:spring|summer|fall|autumn|winter|printemps|ete|automne|hiver|january|february|march|april|may|june|july"
            + "|august|september|october|november|december|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)");

    /** A date followed by words on the same line or the next (Alt+Enter): "2027-03-15\n(tentative)", "15/03/2027 - to be confirmed". */
    private static final Pattern DAY_AND_REMARK = Pattern.compile("(?s)(\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{4})[\\s,;:–-]*(\\S*\\p{L}.*)");

    /** A date's words up to its year (group 1), then a footnote mark or a remark in brackets (group 2): "15 janvier 2027*", "Jan 15, 2027 (TBC)", "2027-03-15*". */
    private static final Pattern DAY_MARKED = Pattern.compile("(?s)(\\d{4}-\\d{2}-\\d{2}|.*?\\d{4})\\s*(\\*{1,3}|\\(.*\\)|\\[.*\\])");

    /** The days applications open and close, which are not when the program runs. */
    private static final Set<String> APPLICATION_DAYS = Set.of("intakes.applicationOpens", "intakes.applicationDeadline");

    private NoDayWords() {
    }

    /**
     * Refuses the cell {@code v} when a date that {@code day} reads is followed by a footnote mark or
     * a remark in brackets: the mark would be dropped and the remark lost, and the fix says where each
     * goes. {@code day} gives the ISO date of some words, or null when they are none.
     */
    static void refuseMarked(String v, boolean component, UnaryOperator<String> day) {
        Matcher m = DAY_MARKED.matcher(v.strip());
        if (!m.matches()) {
            return;
        }
        String read = day.apply(m.group(1).strip());
        if (read == null) {
            return;
        }
        String mark = m.group(2);
        if (mark.startsWith("*")) {
            throw new Unreadable(v, Refusal.DATE_FOOTNOTE, read, mark);
        }
        throw new Unreadable(v, component ? Refusal.DATE_REMARK_COMPONENT : Refusal.DATE_REMARK, read, mark.replaceAll("\\s+", " "));
    }

    /** Refuses {@code words} of the cell {@code v} when they say applications are rolling or the day is not set yet, each with where it goes. */
    static void refuse(String v, String words) {
        String folded = Folding.fold(words);
        if (ROLLING.contains(folded)) {
            // Not a date, and not to be guessed into one: the fix says where "rolling" goes.
            throw new Unreadable(v, Refusal.ROLLING_DATE);
        }
        if (NotStated.unset(folded)) {
            // "TBA" is not "no deadline": the blank cell says the day is not stated, until it is.
            throw new Unreadable(v, Refusal.UNSET_DATE, words);
        }
        NotStated.explain(v, words).ifPresent(e -> {
            throw e;
        });
    }

    /**
     * Refuses the cell {@code v} when it counts its day from an event; the words go in the timing of
     * the intake, with the component's name when the cell is a {@code component}'s, which has no timing.
     */
    static void refuseRelative(String v, boolean component) {
        if (RELATIVE_DAY.matcher(v).matches()) {
            // A day counted from an event has no date until the event's is known: the fix says where the words go.
            throw new Unreadable(v, component ? Refusal.RELATIVE_DATE_COMPONENT : Refusal.RELATIVE_DATE, v);
        }
    }

    /**
     * Refuses the cell {@code v} when its words {@code dated} name a season, months or a part of a
     * year, with or without the year; a {@code component}'s words go in its intake's timing.
     */
    static void refusePeriod(String v, String dated, boolean component) {
        if (PERIOD.matcher(dated).matches() || SEASON_ALONE.matcher(Folding.fold(dated)).matches()) {
            // "Spring 2027" names no day, and its first day would be a guess: the fix says where season and year go.
            throw new Unreadable(v, component ? Refusal.PERIOD_DATE_COMPONENT : Refusal.PERIOD_DATE, v);
        }
    }

    /**
     * Refuses the cell {@code v} when it holds a date and a remark beside it or on a second line:
     * the date is not read without its remark, which would be lost, and the fix says where it goes.
     */
    static void refuseRemark(String v, boolean component) {
        Matcher m = DAY_AND_REMARK.matcher(v);
        if (m.matches()) {
            String remark = m.group(2).replaceAll("\\s+", " ").strip();
            throw new Unreadable(v, component ? Refusal.DATE_REMARK_COMPONENT : Refusal.DATE_REMARK, m.group(1), remark);
        }
    }

    /**
     * The refusal of a season or part of a year in a day applications open or close ("mid-January",
     * "Spring 2027"), whose fix cannot send it to the intake's year, season or month, which say when
     * the program itself runs: the words go in the intake's timing after the column's name. Any other
     * refusal {@code e} is given back as it is.
     */
    static Unreadable ofApplications(Field field, String v, Unreadable e) {
        boolean applications = APPLICATION_DAYS.contains(field.path());
        return applications && e.kind() == Refusal.PERIOD_DATE ? new Unreadable(v, Refusal.PERIOD_DATE_APPLICATIONS, v.strip(), field.headingOrLabel()) : e;
    }

    /** True when {@code field} is a component's, whose season or wording has no field of its own. */
    static boolean inComponent(Field field) {
        return field.path().startsWith("components.");
    }
}
