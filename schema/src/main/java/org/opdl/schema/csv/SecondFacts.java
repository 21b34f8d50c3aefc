package org.opdl.schema.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opdl.model.field.Field;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Text;
import org.opdl.schema.cell.CellReader;
import org.opdl.schema.cell.Readings;
import org.opdl.schema.cell.Unreadable;
import org.opdl.schema.format.ReaderRule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Cells that state a second fact beside their own, as calls for applications write them: a target
 * group with its ages ("youth 18-35", "jeunes de 15 à 30 ans") and a duration with its commitment
 * ("6 months part-time", "6 mois à temps partiel"). The cell keeps its own fact, and the second
 * goes to its field when the row leaves that field empty or states the same there. When the row
 * states something else, or the ages bound one group only (a group among several, a priority, an
 * alternative), the second fact is refused at the cell, naming where it goes.
 */
final class SecondFacts {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** A group, then an age range in English or French: "youth (18–35)", "jeunes de 15 à 30 ans". */
    private static final Pattern AGES = Pattern.compile("(?iu)(?<group>\\D+?)[\\s,:(]*(?:aged|ages|âgés|âgées|de|from|between|entre)?\\s*"
            + "(?<min>\\d{1,2})\\s*(?:-|–|—|to|à|and|et)\\s*(?<max>\\d{1,2})\\s*(?:ans|years old|years|yrs|year-olds)?\\s*\\)?");
    /** A duration, then whether it is full or part time: "6 months part-time", "6 mois à temps partiel". */
    private static final Pattern MODE = Pattern.compile("(?iu)(?<duration>\\d.*?)[\\s,;(]+(?<mode>(?:à |a )?(?:full|part|temps)[- ]?(?:time|plein|partiel|complet))\\)?");
    private static final String MIN_AGE = "/eligibility/minAge";
    private static final String MAX_AGE = "/eligibility/maxAge";
    private static final String COMMITMENT = "/timeCommitment/mode";
    /** The target-group columns whose groups every applicant belongs to, so that a group's ages bound them all. */
    private static final Set<String> EVERY_APPLICANT = Set.of("/eligibility/targetGroups", "/eligibility/reservedFor");
    private static final Field COMMITMENT_FIELD = CsvLayout.standard().columns().stream()
            .filter(c -> c.pointer().equals(COMMITMENT)).findFirst().orElseThrow().field();

    private SecondFacts() {
    }

    /** A second fact read from a cell: {@code value} for the field at {@code pointer}. */
    record Fact(String pointer, JsonNode value) {
    }

    /** The row's cells, each keeping its own fact, and the second facts to set. */
    record Split(List<String> record, List<Fact> facts) {

        /** Sets each fact on {@code listing}, where the row left its field empty. */
        void apply(ObjectNode listing) {
            for (Fact f : facts) {
                String[] steps = f.pointer().substring(1).split("/");
                ObjectNode parent = listing;
                for (int i = 0; i < steps.length - 1; i++) {
                    parent = parent.withObjectProperty(steps[i]);
                }
                if (!parent.has(steps[steps.length - 1])) {
                    parent.set(steps[steps.length - 1], f.value());
                }
            }
        }
    }

    /**
     * Reads the second facts of the row's cells; a refused one is a finding given to {@code notes}.
     * {@code probe} reads cells and counts nothing; {@code readings} counts the facts read.
     */
    static Split split(List<String> record, CsvHeadings headings, CellReader probe, Readings readings,
            IntFunction<Location.Csv> at, Consumer<Finding> notes) {
        List<String> out = null;
        List<Fact> facts = new ArrayList<>();
        List<Column> columns = headings.columns();
        for (int i = 0; i < Math.min(columns.size(), record.size()); i++) {
            Column c = columns.get(i);
            String v = record.get(i);
            if (c == null || c.dataset() || v.isBlank() || headings.duplicateOf()[i] >= 0 || !hasDigit(v)) {
                continue;
            }
            boolean group = c.field().scheme().filter("target-group"::equals).isPresent();
            if (!group && !c.pointer().equals("/duration")) {
                continue;
            }
            Optional<String> own = group ? ages(record, headings, i, Cells.unescape(v), probe, readings, at, facts, notes)
                    : commitment(record, headings, i, Cells.unescape(v).strip(), probe, readings, at, facts, notes);
            if (own.isPresent()) {
                out = out == null ? new ArrayList<>(record) : out;
                out.set(i, own.get());
            }
        }
        return new Split(out == null ? record : out, facts);
    }

    /** The cell without the ages of its group, when it gives them; the ages become facts or a refusal. */
    private static Optional<String> ages(List<String> record, CsvHeadings headings, int i, String v, CellReader probe,
            Readings readings, IntFunction<Location.Csv> at, List<Fact> facts, Consumer<Finding> notes) {
        Column c = headings.columns().get(i);
        List<String> parts = new ArrayList<>(Lists.split(v));
        for (int k = 0; k < parts.size(); k++) {
            Matcher m = AGES.matcher(parts.get(k).strip());
            String group = m.matches() ? m.group("group").strip() : "";
            if (group.isEmpty() || !probe.names(c.field(), group)) {
                continue;
            }
            int min = Integer.parseInt(m.group("min"));
            int max = Integer.parseInt(m.group("max"));
            if (min > max) {
                continue;
            }
            parts.set(k, group);
            String code = probe.read(c.field(), group, at.apply(i), f -> { }).asString();
            if (!EVERY_APPLICANT.contains(c.pointer()) || parts.size() > 1) {
                notes.accept(refusal(at.apply(i), CsvMessages.CSV_AGES_ONE_GROUP.text(v, min, max, code),
                        CsvMessages.CSV_AGES_ONE_GROUP_FIX.text(min, max)));
                continue;
            }
            Text given = CsvMessages.CSV_FACT_AGES.text(min, max);
            if (differs(record, headings, MIN_AGE, NODES.numberNode(min), probe, at, at.apply(i), v, given, notes)
                    || differs(record, headings, MAX_AGE, NODES.numberNode(max), probe, at, at.apply(i), v, given, notes)) {
                continue;
            }
            facts.add(new Fact(MIN_AGE, NODES.numberNode(min)));
            facts.add(new Fact(MAX_AGE, NODES.numberNode(max)));
            readings.add(Readings.Kind.GROUP_AGES, at.apply(i), v.strip(), code + ", " + min + "–" + max);
        }
        return parts.equals(Lists.split(v)) ? Optional.empty() : Optional.of(String.join(" | ", parts));
    }

    /** The duration without its commitment, when the cell gives both; the commitment becomes a fact or a refusal. */
    private static Optional<String> commitment(List<String> record, CsvHeadings headings, int i, String v, CellReader probe,
            Readings readings, IntFunction<Location.Csv> at, List<Fact> facts, Consumer<Finding> notes) {
        Matcher m = MODE.matcher(v);
        if (!m.matches() || !probe.names(COMMITMENT_FIELD, m.group("mode"))) {
            return Optional.empty();
        }
        String duration = m.group("duration").strip();
        String read;
        try {
            read = probe.read(headings.columns().get(i).field(), duration, at.apply(i), f -> { }).asString();
        } catch (Unreadable e) {
            // A duration that cannot be read, such as a range, is left whole to its own finding.
            return Optional.empty();
        }
        JsonNode mode = probe.read(COMMITMENT_FIELD, m.group("mode"), at.apply(i), f -> { });
        if (!differs(record, headings, COMMITMENT, mode, probe, at, at.apply(i), v, CsvMessages.CSV_FACT_WORDS.text(m.group("mode")), notes)) {
            facts.add(new Fact(COMMITMENT, mode));
            readings.add(Readings.Kind.DURATION_MODE, at.apply(i), v, read + ", " + mode.asString());
        }
        return Optional.of(duration);
    }

    /**
     * True, with the finding on the cell {@code where} given to {@code notes}, when the row's column for
     * {@code pointer} holds a value other than {@code value}; false when it is absent, blank or the same.
     */
    private static boolean differs(List<String> record, CsvHeadings headings, String pointer, JsonNode value, CellReader probe,
            IntFunction<Location.Csv> at, Location.Csv where, String v, Text given, Consumer<Finding> notes) {
        int j = headings.position(pointer);
        String other = j < 0 || j >= record.size() ? "" : Cells.unescape(record.get(j)).strip();
        if (other.isEmpty()) {
            return false;
        }
        try {
            if (probe.read(headings.columns().get(j).field(), other, at.apply(j), f -> { }).equals(value)) {
                return false;
            }
        } catch (Unreadable e) {
            // Not the same value: the other cell's own finding says why it cannot be read.
        }
        String heading = headings.written().get(j);
        notes.accept(refusal(where, CsvMessages.CSV_FACT_DIFFERS.text(v.strip(), given, heading, other),
                CsvMessages.CSV_FACT_DIFFERS_FIX.text(heading, given)));
        return true;
    }

    private static Finding refusal(Location.Csv at, Text message, Text fix) {
        return new Finding(ReaderRule.CSV_UNREADABLE.id(), ReaderRule.CSV_UNREADABLE.severity(), at, message, fix);
    }

    private static boolean hasDigit(String v) {
        for (int k = 0; k < v.length(); k++) {
            if (Character.isDigit(v.charAt(k))) {
                return true;
            }
        }
        return false;
    }
}
