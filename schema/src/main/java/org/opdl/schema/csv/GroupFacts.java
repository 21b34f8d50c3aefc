package org.opdl.schema.csv;

import static org.opdl.schema.csv.SecondFacts.NODES;
import static org.opdl.schema.csv.SecondFacts.differs;
import static org.opdl.schema.csv.SecondFacts.refusal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.opdl.model.text.Text;
import org.opdl.schema.cell.Readings;
import org.opdl.schema.csv.SecondFacts.Fact;
import org.opdl.schema.csv.SecondFacts.Row;

/**
 * The second facts of a target-group cell: a group with its ages ("youth 18-35", "jeunes de 15 à
 * 30 ans") or with the fewest credits its applicants need ("BIPOC producers with at least one
 * produced credit"). The group stays in the cell; the ages or the credit bound go to the
 * eligibility when the row leaves that field empty or states the same there, and are refused at
 * the cell, the group kept, when they bound one group only (a group among several, a priority).
 */
final class GroupFacts {

    /** What a credit bound counts, in English or French. */
    private static final String CREDITS = "(?:(?:produced |professional |producing )?credits?|crédits?(?: professionnels?| de production)?)";
    /** A number of credits, in digits or in words. */
    private static final String NUMBER = "\\d{1,2}|one|two|three|un|une|deux|trois";
    /** A group, then an age range in English or French: "youth (18–35)", "jeunes de 15 à 30 ans". */
    private static final Pattern AGES = Pattern.compile("(?iu)(?<group>\\D+?)[\\s,:(]*(?:aged|ages|âgés|âgées|de|from|between|entre)?\\s*"
            + "(?<min>\\d{1,2})\\s*(?:-|–|—|to|à|and|et)\\s*(?<max>\\d{1,2})\\s*(?:ans|years old|years|yrs|year-olds)?\\s*\\)?");
    /**
     * A group, then the fewest credits its applicants must have: "open to BIPOC producers with at
     * least one produced credit", "Black producers with 2+ credits", "avec deux crédits ou plus".
     */
    private static final Pattern GROUP_CREDITS = Pattern.compile("(?iu)(?:open to |ouverts? aux? )?(?<group>\\D+?),?\\s+(?:with|having|avec|ayant)\\s+"
            + "(?:(?:at least|a minimum of|au moins|un minimum de)\\s+(?<min>" + NUMBER + ")|(?<more>" + NUMBER + ")\\s*(?:\\+|or more|ou plus|et plus)"
            + "|(?<then>" + NUMBER + ")(?=\\s*" + CREDITS + "\\s+(?:or more|ou plus|et plus)$))\\s*(?<credits>" + CREDITS + ")(?:\\s+(?:or more|ou plus|et plus))?");
    /** A word of a target-group cell that may give a credit bound without a digit ("at least one credit"). */
    private static final Pattern CREDIT_WORD = Pattern.compile("(?iu)cr[eé]dit");
    private static final List<String> SMALL_NUMBERS = List.of("zero", "one|un|une", "two|deux", "three|trois");
    private static final String MIN_CREDITS = "/eligibility/minCredits";
    private static final String MIN_AGE = "/eligibility/minAge";
    private static final String MAX_AGE = "/eligibility/maxAge";
    /** The target-group columns whose groups every applicant belongs to, so that a group's ages bound them all. */
    private static final Set<String> EVERY_APPLICANT = Set.of("/eligibility/targetGroups", "/eligibility/reservedFor");

    private GroupFacts() {
    }

    /** True when {@code c} holds target groups. */
    static boolean isTargetGroup(Column c) {
        return c.field().scheme().filter("target-group"::equals).isPresent();
    }

    /** True when a target-group cell may give a credit bound without a digit ("at least one credit"). */
    static boolean mayHoldCredits(Column c, String v) {
        return isTargetGroup(c) && CREDIT_WORD.matcher(v).find();
    }

    /** The group without its ages or its credit bound, when the part gives one. */
    static Optional<String> targetGroup(Row row, int i, String v, int parts) {
        return ages(row, i, v, parts).or(() -> groupCredits(row, i, v, parts));
    }

    /** The group without its ages, when the part gives them; the ages become facts or a refusal. */
    private static Optional<String> ages(Row row, int i, String v, int parts) {
        Column c = row.headings().columns().get(i);
        Matcher m = AGES.matcher(v);
        String group = m.matches() ? m.group("group").strip() : "";
        if (group.isEmpty() || !row.probe().names(c.field(), group)) {
            return Optional.empty();
        }
        int min = Integer.parseInt(m.group("min"));
        int max = Integer.parseInt(m.group("max"));
        if (min > max) {
            return Optional.empty();
        }
        String code = row.probe().read(c.field(), group, row.at().apply(i), f -> { }).asString();
        if (!EVERY_APPLICANT.contains(c.pointer()) || parts > 1) {
            row.notes().accept(refusal(row.at().apply(i), CsvMessages.CSV_AGES_ONE_GROUP.text(v, min, max, code),
                    CsvMessages.CSV_AGES_ONE_GROUP_FIX.text(min, max)));
            return Optional.of(group);
        }
        Text given = CsvMessages.CSV_FACT_AGES.text(min, max);
        if (!differs(row, i, -1, MIN_AGE, NODES.numberNode(min), v, given) && !differs(row, i, -1, MAX_AGE, NODES.numberNode(max), v, given)) {
            row.facts().add(new Fact(MIN_AGE, NODES.numberNode(min)));
            row.facts().add(new Fact(MAX_AGE, NODES.numberNode(max)));
            row.readings().add(Readings.Kind.GROUP_AGES, row.at().apply(i), v, code + ", " + min + "–" + max);
        }
        return Optional.of(group);
    }

    /**
     * The group without its credit bound, when the part names groups with the fewest credits their
     * applicants must have; the bound becomes the eligibility's minimum credits when every applicant
     * belongs to the part's groups, and is refused at the cell, the groups kept, when it bounds some
     * applicants only (a group among several, a priority).
     */
    private static Optional<String> groupCredits(Row row, int i, String v, int parts) {
        Column c = row.headings().columns().get(i);
        Matcher m = GROUP_CREDITS.matcher(v);
        if (!m.matches()) {
            return Optional.empty();
        }
        String group = m.group("group").strip();
        List<String> named = row.probe().names(c.field(), group) ? List.of(group) : row.probe().list(c.field(), group, row.at().apply(i))
                .orElse(List.of());
        if (named.isEmpty()) {
            return Optional.empty();
        }
        String bound = m.group("min") != null ? "min" : m.group("more") != null ? "more" : "then";
        String n = m.group(bound).toLowerCase(Locale.ROOT);
        int min = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n)
                : IntStream.range(0, SMALL_NUMBERS.size()).filter(k -> n.matches(SMALL_NUMBERS.get(k))).findFirst().orElse(1);
        if (!EVERY_APPLICANT.contains(c.pointer()) || parts > 1) {
            row.notes().accept(refusal(row.at().apply(i), CsvMessages.CSV_CREDITS_ONE_GROUP.text(v, min, group),
                    CsvMessages.CSV_CREDITS_ONE_GROUP_FIX.text(min)));
            // Among other groups the part is one value: a wording naming one group ("Indigenous producers") is kept as that group.
            return Optional.of(named.size() == 1 ? named.get(0) : group);
        }
        Text given = CsvMessages.CSV_FACT_WORDS.text(v.substring(m.start(bound), m.end()));
        if (!differs(row, i, -1, MIN_CREDITS, NODES.numberNode(min), v, given)) {
            row.facts().add(new Fact(MIN_CREDITS, NODES.numberNode(min)));
            row.readings().add(Readings.Kind.GROUP_CREDITS, row.at().apply(i), v, group + ", " + min + "+");
        }
        return Optional.of(group);
    }
}
