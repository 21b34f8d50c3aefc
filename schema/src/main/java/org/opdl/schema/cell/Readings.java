package org.opdl.schema.cell;

import org.opdl.schema.format.ReaderRule;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Text;

/**
 * The readings a sheet needed, counted by kind and stated once each for the whole file ("12
 * labels were read as codes"), with the first cell of each kind as its place and example. A
 * reading is information, not a problem: stating it once per cell buried the real findings.
 * Not thread-safe: one per file read.
 */
public final class Readings {

    /** A kind of reading, with its rule and its sentence; {@code %d} is the count, {@code %s} the example. */
    public enum Kind {
        /** A label of a vocabulary read as its code. */
        LABEL(ReaderRule.CSV_LABEL_NORMALISED, "%d label(s) were read as codes, such as %s",
                "%d libellé(s) ont été lus comme des codes, comme %s", "write the codes to skip this step",
                "écrivez les codes pour éviter cette étape"),
        /** yes, non, vrai… read as true or false. */
        YES_NO(ReaderRule.CSV_LABEL_NORMALISED, "%d yes/no word(s) were read as true or false, such as %s",
                "%d mot(s) oui/non ont été lus comme true ou false, comme %s", "nothing to do", "rien à faire"),
        /** A country's name read as its ISO 3166 code. */
        COUNTRY(ReaderRule.CSV_LABEL_NORMALISED, "%d country name(s) were read as ISO 3166 codes, such as %s",
                "%d nom(s) de pays ont été lus comme des codes ISO 3166, comme %s", "nothing to do", "rien à faire"),
        /** A language's name read as its language tag. */
        LANGUAGE(ReaderRule.CSV_LABEL_NORMALISED, "%d language name(s) were read as language tags, such as %s",
                "%d nom(s) de langue ont été lus comme des étiquettes de langue, comme %s", "nothing to do", "rien à faire"),
        /** "free" or "gratuit" read as a program without fees. */
        FREE(ReaderRule.CSV_LABEL_NORMALISED, "%d program(s) written as free were read as having no fees, such as %s",
                "%d programme(s) indiqués gratuits ont été lus comme sans frais, comme %s", "nothing to do", "rien à faire"),
        /** A number written with grouping, a decimal comma or a currency sign. */
        NUMBER(ReaderRule.CSV_NUMBER_NORMALISED, "%d number(s) were read as plain numbers, such as %s",
                "%d nombre(s) ont été lus comme des nombres simples, comme %s", "nothing to do", "rien à faire"),
        /** A day-first date. */
        DATE(ReaderRule.CSV_DATE_NORMALISED, "%d date(s) were read day-first as YYYY-MM-DD, such as %s",
                "%d date(s) ont été lues jour d'abord en AAAA-MM-JJ, comme %s", "nothing to do", "rien à faire"),
        /** An Excel serial number in a date column. */
        SERIAL_DATE(ReaderRule.CSV_DATE_NORMALISED, "%d Excel date number(s) were read as dates, such as %s",
                "%d numéro(s) de date Excel ont été lus comme des dates, comme %s",
                "format the column as a date or as text to keep dates readable",
                "mettez la colonne en format date ou texte pour garder les dates lisibles"),
        /** A date where a date and time is asked: the provider's day, at noon UTC. */
        DAY(ReaderRule.CSV_DATE_NORMALISED,
                "%d date(s) without a time were read as the provider's day, at noon UTC (the same day everywhere in Canada), such as %s",
                "%d date(s) sans heure ont été lues comme le jour du fournisseur, à midi UTC (le même jour partout au Canada), comme %s",
                "nothing to do; write a time and offset, such as 2025-11-20T10:00:00-05:00, to give the exact moment",
                "rien à faire; écrivez une heure et un décalage, comme 2025-11-20T10:00:00-05:00, pour donner le moment exact"),
        /** A duration in words, or in ISO 8601 weeks, read as the standard's form. */
        DURATION(ReaderRule.CSV_DATE_NORMALISED, "%d duration(s) were read as ISO 8601 durations, such as %s",
                "%d durée(s) ont été lues comme des durées ISO 8601, comme %s", "nothing to do", "rien à faire");

        private final ReaderRule rule;
        private final Text sentence;
        private final Text fix;

        Kind(ReaderRule rule, String en, String fr, String fixEn, String fixFr) {
            this.rule = rule;
            this.sentence = new Text(en, fr);
            this.fix = new Text(fixEn, fixFr);
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
            String en = "\"" + t.written() + "\" as " + t.read();
            String fr = "« " + t.written() + " » comme " + t.read();
            out.add(new Finding(k.rule.id(), k.rule.severity(), t.first(),
                    new Text(String.format(java.util.Locale.ROOT, k.sentence.en(), t.count()[0], en),
                            String.format(java.util.Locale.ROOT, k.sentence.fr(), t.count()[0], fr)),
                    k.fix));
        }
        return out;
    }
}
