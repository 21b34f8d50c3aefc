package org.opdl.schema.cell;

import org.opdl.schema.format.ReaderRule;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.finding.Severity;

/**
 * The readings a sheet needed, counted by kind and stated once each for the whole file ("12
 * labels were read as codes"), with the first cell of each kind as its place and example. A
 * reading is information, not a problem: stating it once per cell buried the real findings.
 * Not thread-safe: one per file read.
 */
public final class Readings {

    /** A kind of reading, with its rule, its sentence (the count, then the example) and its fix. */
    public enum Kind {
        /** A label of a vocabulary read as its code. */
        LABEL(ReaderRule.CSV_LABEL_NORMALISED, CellMessages.LABEL_READ, CellMessages.LABEL_FIX),
        /** yes, non, vrai… read as true or false. */
        YES_NO(ReaderRule.CSV_LABEL_NORMALISED, CellMessages.YES_NO_READ, CellMessages.NOTHING_TO_DO),
        /** A country's name read as its ISO 3166 code. */
        COUNTRY(ReaderRule.CSV_LABEL_NORMALISED, CellMessages.COUNTRY_READ, CellMessages.NOTHING_TO_DO),
        /** A language's name read as its language tag. */
        LANGUAGE(ReaderRule.CSV_LABEL_NORMALISED, CellMessages.LANGUAGE_READ, CellMessages.NOTHING_TO_DO),
        /** "free" or "gratuit" read as a program without fees. */
        FREE(ReaderRule.CSV_LABEL_NORMALISED, CellMessages.FREE_READ, CellMessages.NOTHING_TO_DO),
        /** A number written with grouping, a decimal comma or a currency sign. */
        NUMBER(ReaderRule.CSV_NUMBER_NORMALISED, CellMessages.NUMBER_READ, CellMessages.NOTHING_TO_DO),
        /** A day-first date. */
        DATE(ReaderRule.CSV_DATE_NORMALISED, CellMessages.DATE_READ, CellMessages.NOTHING_TO_DO),
        /** A month-first date whose day is above 12 ("03/15/2027"), which cannot be read two ways. */
        MONTH_FIRST_DATE(ReaderRule.CSV_DATE_NORMALISED, CellMessages.MONTH_FIRST_DATE_READ, CellMessages.NOTHING_TO_DO),
        /** A date written with its month's name, in English or French. */
        NAMED_DATE(ReaderRule.CSV_DATE_NORMALISED, CellMessages.NAMED_DATE_READ, CellMessages.NOTHING_TO_DO),
        /** A date typed after its column's name ("Deadline: March 15, 2027"). */
        LABELLED_DATE(ReaderRule.CSV_DATE_NORMALISED, CellMessages.LABELLED_DATE_READ, CellMessages.NOTHING_TO_DO),
        /** An Excel serial number in a date column. */
        SERIAL_DATE(ReaderRule.CSV_DATE_NORMALISED, CellMessages.SERIAL_DATE_READ, CellMessages.SERIAL_DATE_FIX),
        /** A date with the midnight time a spreadsheet saves with a date cell ("2027-03-15 00:00:00"). */
        MIDNIGHT_DATE(ReaderRule.CSV_DATE_NORMALISED, CellMessages.MIDNIGHT_DATE_READ, CellMessages.MIDNIGHT_DATE_FIX),
        /** A date where a date and time is asked: the provider's day, at noon UTC. */
        DAY(ReaderRule.CSV_DATE_NORMALISED, CellMessages.DAY_READ, CellMessages.DAY_FIX),
        /** A cell of a list column whose values are separated by commas, semicolons or line breaks, or "bilingual". */
        LIST(ReaderRule.CSV_LABEL_NORMALISED, CellMessages.LIST_READ, CellMessages.LIST_FIX),
        /** A career-stage wording ("relève") read as the stages the standard's crosswalk maps it to. */
        STAGE_WORDING(ReaderRule.CSV_LABEL_NORMALISED, CellMessages.STAGE_WORDING_READ, CellMessages.STAGE_WORDING_FIX),
        /** Several words of one concept joined in a cell ("rural/remote"), read as that concept. */
        ONE_CONCEPT(ReaderRule.CSV_LABEL_NORMALISED, CellMessages.ONE_CONCEPT_READ, CellMessages.ONE_CONCEPT_FIX),
        /** Target groups named by their people or spelled out with their acronym ("Deaf and disabled artists"), read as the groups. */
        GROUP_NOUN(ReaderRule.CSV_LABEL_NORMALISED, CellMessages.GROUP_NOUN_READ, CellMessages.GROUP_NOUN_FIX),
        /** Regions written as who may apply ("Ontario residents only"), read as the regions. */
        RESIDENTS(ReaderRule.CSV_LABEL_NORMALISED, CellMessages.RESIDENTS_READ, CellMessages.RESIDENTS_FIX),
        /** A target group written with its ages ("youth 18-35"), read as the group and the eligibility's ages. */
        GROUP_AGES(ReaderRule.CSV_LABEL_NORMALISED, CellMessages.GROUP_AGES_READ, CellMessages.GROUP_AGES_FIX),
        /** A target group written with the fewest credits its applicants need ("BIPOC producers with at least one credit"). */
        GROUP_CREDITS(ReaderRule.CSV_LABEL_NORMALISED, CellMessages.GROUP_CREDITS_READ, CellMessages.GROUP_CREDITS_FIX),
        /** A duration written with its commitment ("6 months part-time"), read as both. */
        DURATION_MODE(ReaderRule.CSV_DATE_NORMALISED, CellMessages.DURATION_MODE_READ, CellMessages.DURATION_MODE_FIX),
        /** A number of places written with its word, or said to be approximate ("about 8 places"). */
        PLACES(ReaderRule.CSV_NUMBER_NORMALISED, CellMessages.PLACES_READ, CellMessages.PLACES_FIX),
        /** A fee written with its sales tax ("$350 + HST"), read as the amount and the fee's "plus tax". */
        FEE_TAX(ReaderRule.CSV_NUMBER_NORMALISED, CellMessages.FEE_TAX_READ, CellMessages.FEE_TAX_FIX),
        /** A fee written with its tax in the amount ("350 $ taxes incluses"), read as the amount and no in the fee's "plus tax". */
        FEE_TAX_INCLUDED(ReaderRule.CSV_NUMBER_NORMALISED, CellMessages.FEE_TAX_INCLUDED_READ, CellMessages.FEE_TAX_INCLUDED_FIX),
        /** A fee written as paid by non-members only ("Free for members, $50 for non-members"), read as the amount and the fee's "non-members only". */
        FEE_NON_MEMBERS(ReaderRule.CSV_NUMBER_NORMALISED, CellMessages.FEE_NON_MEMBERS_READ, CellMessages.FEE_NON_MEMBERS_FIX),
        /** An amount written with the currency that names it ("CAD 250", "250 $ CA"), read as the amount and its currency. */
        AMOUNT_CURRENCY(ReaderRule.CSV_NUMBER_NORMALISED, CellMessages.AMOUNT_CURRENCY_READ, CellMessages.AMOUNT_CURRENCY_FIX),
        /** A stipend written with its period ("$1,500 per month"), read as the amount and the stipend's period. */
        STIPEND_PERIOD(ReaderRule.CSV_NUMBER_NORMALISED, CellMessages.STIPEND_PERIOD_READ, CellMessages.STIPEND_PERIOD_FIX),
        /** A season written with its year ("fall 2026"), read as the season and the intake's year. */
        SEASON_YEAR(ReaderRule.CSV_LABEL_NORMALISED, CellMessages.SEASON_YEAR_READ, CellMessages.SEASON_YEAR_FIX),
        /** A career stage written with its credits, works or years ("emerging (1 to 3 credits)"), read as the stage and the bounds. */
        STAGE_BOUNDS(ReaderRule.CSV_LABEL_NORMALISED, CellMessages.STAGE_BOUNDS_READ, CellMessages.STAGE_BOUNDS_FIX),
        /** A duration in words, or in ISO 8601 weeks, read as the standard's form. */
        DURATION(ReaderRule.CSV_DATE_NORMALISED, CellMessages.DURATION_READ, CellMessages.NOTHING_TO_DO),
        /** A range of durations where one goes ("20–22 weeks"), read as the shortest and longest durations. */
        DURATION_RANGE(ReaderRule.CSV_DATE_NORMALISED, CellMessages.DURATION_RANGE_READ, CellMessages.DURATION_RANGE_FIX),
        /** A cell that kept the apostrophe Excel marks text with ("'0012"), read without it. */
        TEXT_MARKER(ReaderRule.CSV_TEXT_MARKER, CellMessages.TEXT_MARKER_READ, CellMessages.TEXT_MARKER_FIX),
        /**
         * A title, name or other words with spaces around them (a no-break space pasted from a web page),
         * read without them: a note, as nothing of the words is lost, where a code's spaces are warned.
         */
        TEXT_SPACES(ReaderRule.CSV_STRAY_SPACES, Severity.INFO, CellMessages.TEXT_SPACES_READ, CellMessages.TEXT_SPACES_FIX);

        private final ReaderRule rule;
        private final Severity severity;
        private final CellMessages sentence;
        private final CellMessages fix;

        Kind(ReaderRule rule, CellMessages sentence, CellMessages fix) {
            this(rule, rule.severity(), sentence, fix);
        }

        Kind(ReaderRule rule, Severity severity, CellMessages sentence, CellMessages fix) {
            this.rule = rule;
            this.severity = severity;
            this.sentence = sentence;
            this.fix = fix;
        }

        /** The rule id the reading is reported under. */
        public String rule() {
            return rule.id();
        }
    }

    private record Tally(Location first, String written, String read, int[] count) {
    }

    private final Map<Kind, Tally> tallies = new EnumMap<>(Kind.class);

    /** Counts one reading of {@code written} as {@code read} at {@code where}. */
    public void add(Kind kind, Location where, String written, String read) {
        Tally t = tallies.get(kind);
        if (t == null) {
            tallies.put(kind, new Tally(where, written, read, new int[] {1}));
        } else {
            t.count()[0]++;
        }
    }

    /** How many readings of {@code kind} were counted. */
    public int count(Kind kind) {
        Tally t = tallies.get(kind);
        return t == null ? 0 : t.count()[0];
    }

    /** One finding per kind of reading met, placed on its first cell, in the order of {@link Kind}. */
    public List<Finding> findings() {
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<Kind, Tally> e : tallies.entrySet()) {
            Kind k = e.getKey();
            Tally t = e.getValue();
            out.add(new Finding(k.rule.id(), k.severity, t.first(),
                    k.sentence.text(t.count()[0], CellMessages.EXAMPLE.text(t.written(), t.read())), k.fix.text()));
        }
        return out;
    }
}
