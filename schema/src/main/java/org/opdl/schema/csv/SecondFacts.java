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
 * Cells that state a second fact beside their own, as calls for applications write them: a
 * duration with its commitment ("6 months part-time"), a number of places said to be approximate
 * ("about 8 places", "environ 8 places"), a season with its year ("fall 2026", "automne 2026"), a
 * fee with its tax ("$350 + HST", "350 $ + TVH"), a career stage with its bounds, and a target
 * group with its ages or credits (see {@link GroupFacts}). The cell keeps its own fact, and the
 * second goes to its field (of the same intake) when the row leaves that field empty or
 * states the same there. When the row states something else, or the ages bound one group only (a
 * group among several, a priority, an alternative), the second fact is refused at the cell.
 */
final class SecondFacts {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** A duration, then whether it is full or part time: "6 months part-time", "6 mois à temps partiel". */
    private static final Pattern MODE = Pattern.compile("(?iu)(?<duration>\\d.*?)[\\s,;(]+(?<mode>(?:à |a )?(?:full|part|temps)[- ]?(?:time|plein|partiel|complet))\\)?");
    /** A number of places with its word, or said to be approximate, or per intake: "8 places", "about 8 places", "16 participants per cohort". */
    private static final Pattern PLACES = Pattern.compile("(?iu)(?:(?<about>about|around|approximately|approx\\.?|roughly|environ|à peu près|autour de|~)\\s*)?"
            + "(?<n>\\d{1,5})\\s*(?<word>places?|spots?|seats?|participants?|participantes?|personnes|recipients?|lauréats?|lauréates?"
            + "|placements?|mentorships?|mentorats?|producers?|producteurs?|productrices?|teams?|équipes?|projects?|projets?)?"
            + "(?<per>\\s+(?:per|a|each|by|par|chaque)\\s+(?:cohort|cohorte|intake|edition|édition))?");
    /** A season, then its year: "fall 2026", "Spring 2027", "automne 2026". */
    private static final Pattern SEASON = Pattern.compile("(?iu)(?<season>\\p{L}[\\p{L} ]*?)[\\s,]+(?<year>(?:19|20)\\d{2})");
    /** A career stage, then the credits, works or years it means, both ends or the least: "emerging producers (1 to 3 credits)", "mid-career (5+ yrs)". */
    private static final Pattern STAGE_BOUNDS = Pattern.compile("(?iu)(?<stage>\\D+?)[\\s,:(–-]+(?<min>\\d{1,2})\\s*(?:(?:-|–|to|à)\\s*(?<max>\\d{1,2})|\\+|or more|ou plus)\\s*"
            + "(?:(?<credits>(?:professional |producing )?credits?|crédits?(?: professionnels)?)|(?<works>works?|films?|œuvres?|oeuvres?)"
            + "|(?<years>(?:years?|yrs?)(?: of practice| of experience)?|ans(?: de pratique| d'expérience)?))\\)?");
    /** A fee, after its name or not, then the sales tax added to it: "Fee: $350 + HST", "350 $ plus taxes". */
    private static final Pattern FEE_TAX = Pattern.compile("(?iu)(?:(?:fees?|cost|tuition|frais|coût|droits)\\s*:\\s*)?(?<amount>[^+]*?\\d[^+]*?)"
            + "\\s*(?:\\+|plus)\\s*(?<tax>(?:applicable )?(?:HST|GST|PST|QST|GST/PST|taxe?s?)|TVH|TPS|TVQ|TPS/TVQ|(?:les )?taxes?(?: applicables)?)");
    /** A fee paid by non-members only, members free: "Free for members, $50 for non-members", "50 $ pour les non-membres". */
    private static final Pattern NON_MEMBERS = Pattern.compile("(?iu)(?:(?:free|gratuit)\\s+(?:for|pour les|pour)\\s+(?:members|membres)\\s*[,;/]\\s*)?"
            + "(?<amount>[^,;/(]*?\\d[^,;/(]*?)\\s*(?:for|pour les|pour|\\()\\s*(?:non-?members|non-?membres)(?:\\s+(?:only|seulement))?\\)?"
            + "(?:\\s*[,;/]\\s*(?:free|gratuit)\\s+(?:for|pour les|pour)\\s+(?:members|membres))?");
    private static final String NON_MEMBERS_ONLY = "/fees/*/nonMembersOnly";
    private static final String FEE_AMOUNT = "/fees/*/amount/amount";
    private static final String PLUS_TAX = "/fees/*/plusTax";
    private static final String COMMITMENT = "/timeCommitment/mode";
    private static final String APPROXIMATE = "/intakes/*/placesApproximate";
    private static final String YEAR = "/intakes/*/year";
    /** The columns other than target groups whose cells may hold a second fact; any other cell is passed over at once. */
    private static final Set<String> WATCHED = Set.of("/duration", "/intakes/*/places", "/intakes/*/season", "/careerStages", FEE_AMOUNT);
    private static final Field COMMITMENT_FIELD = CsvLayout.standard().columns().stream()
            .filter(c -> c.pointer().equals(COMMITMENT)).findFirst().orElseThrow().field();

    private final CsvHeadings headings;
    /** The positions of the columns whose cells may hold a second fact, found once for the file. */
    private final int[] watched;

    /** The second facts of the sheet headed by {@code headings}. */
    SecondFacts(CsvHeadings headings) {
        this.headings = headings;
        this.watched = headings.positions(c -> !c.dataset() && (WATCHED.contains(c.pointer()) || GroupFacts.isTargetGroup(c)
                || AmountCurrency.isAmount(c.pointer())));
    }

    /** A second fact read from a cell: {@code value} for the field at {@code pointer}, item indexes given. */
    record Fact(String pointer, JsonNode value) {
    }

    /** The row's cells, each keeping its own fact, and the second facts to set. */
    record Split(List<String> record, List<Fact> facts) {

        /** Sets each fact on {@code listing}, where the row left its field empty and its item was read. */
        void apply(ObjectNode listing) {
            for (Fact f : facts) {
                String[] steps = f.pointer().substring(1).split("/");
                JsonNode parent = listing;
                for (int i = 0; i < steps.length - 1 && parent != null; i++) {
                    boolean item = Character.isDigit(steps[i + 1].charAt(0)) && i + 1 < steps.length - 1;
                    parent = item ? parent.path(steps[i]).get(Integer.parseInt(steps[++i]))
                            : ((ObjectNode) parent).withObjectProperty(steps[i]);
                }
                if (parent instanceof ObjectNode o && !o.has(steps[steps.length - 1])) {
                    o.set(steps[steps.length - 1], f.value());
                }
            }
        }
    }

    /** One row being read: its cells, where they are, and what the pass found. */
    record Row(List<String> record, CsvHeadings headings, CellReader probe, Readings readings,
            IntFunction<Location.Csv> at, List<Fact> facts, Consumer<Finding> notes) {
    }

    /**
     * Reads the second facts of the row's cells; a refused one is a finding given to {@code notes}.
     * {@code probe} reads cells and counts nothing; {@code readings} counts the facts read.
     */
    Split split(List<String> record, CellReader probe, Readings readings, IntFunction<Location.Csv> at, Consumer<Finding> notes) {
        List<String> out = null;
        Row row = null;
        for (int i : watched) {
            if (i >= record.size()) {
                break;
            }
            Column c = headings.columns().get(i);
            String v = record.get(i);
            if (!numberBesideWords(v) && !(GroupFacts.mayHoldCredits(c, v))) {
                continue;
            }
            row = row == null ? new Row(record, headings, probe, readings, at, new ArrayList<>(), notes) : row;
            List<String> parts = new ArrayList<>(Lists.split(Cells.unescape(v)));
            boolean changed = false;
            for (int k = 0; k < parts.size(); k++) {
                String part = parts.get(k).strip();
                Optional<String> own = switch (c.pointer()) {
                    case "/duration" -> commitment(row, i, part);
                    case "/intakes/*/places" -> places(row, i, k, part);
                    case "/intakes/*/season" -> season(row, i, k, part);
                    case FEE_AMOUNT -> fee(row, i, k, part);
                    case StipendPeriods.AMOUNT -> StipendPeriods.split(row, i, part);
                    case "/careerStages" -> parts.size() == 1 ? stageBounds(row, i, part) : Optional.<String>empty();
                    default -> GroupFacts.isTargetGroup(c) ? GroupFacts.targetGroup(row, i, part, parts.size()) : Optional.<String>empty();
                };
                if (AmountCurrency.isAmount(c.pointer())) {
                    // "CAD 250 + HST": the currency comes off what is left of the amount once its tax or payers are read.
                    Optional<String> bare = AmountCurrency.split(row, i, k, own.orElse(part));
                    own = bare.isPresent() ? bare : own;
                }
                if (own.isPresent()) {
                    parts.set(k, own.get());
                    changed = true;
                }
            }
            if (changed) {
                out = out == null ? new ArrayList<>(record) : out;
                out.set(i, String.join(" | ", parts));
            }
        }
        return row == null ? new Split(record, List.of()) : new Split(out == null ? record : out, row.facts());
    }

    /** The duration without its commitment, when the cell gives both; the commitment becomes a fact or a refusal. */
    private static Optional<String> commitment(Row row, int i, String v) {
        Matcher m = MODE.matcher(v);
        if (!m.matches() || !row.probe().names(COMMITMENT_FIELD, m.group("mode"))) {
            return Optional.empty();
        }
        String duration = m.group("duration").strip();
        Optional<String> read = read(row, i, duration);
        if (read.isEmpty()) {
            // A duration that cannot be read, such as a range, is left whole to its own finding.
            return Optional.empty();
        }
        JsonNode mode = row.probe().read(COMMITMENT_FIELD, m.group("mode"), row.at().apply(i), f -> { });
        if (!differs(row, i, -1, COMMITMENT, mode, v, CsvMessages.CSV_FACT_WORDS.text(m.group("mode")))) {
            row.facts().add(new Fact(COMMITMENT, mode));
            row.readings().add(Readings.Kind.DURATION_MODE, row.at().apply(i), v, read.get() + ", " + mode.asString());
        }
        return Optional.of(duration);
    }

    /** The number of places without its word, and "about" as the intake's places being approximate. */
    private static Optional<String> places(Row row, int i, int k, String v) {
        Matcher m = PLACES.matcher(v);
        if (!m.matches() || m.group("about") == null && m.group("word") == null && m.group("per") == null) {
            return Optional.empty();
        }
        String n = m.group("n");
        if (m.group("about") == null) {
            row.readings().add(Readings.Kind.PLACES, row.at().apply(i), v, n);
            return Optional.of(n);
        }
        JsonNode yes = NODES.booleanNode(true);
        if (!differs(row, i, k, APPROXIMATE, yes, v, CsvMessages.CSV_FACT_WORDS.text(m.group("about")))) {
            row.facts().add(new Fact(APPROXIMATE.replace("*", Integer.toString(k)), yes));
            row.readings().add(Readings.Kind.PLACES, row.at().apply(i), v, "≈ " + n);
        }
        return Optional.of(n);
    }

    /** The fee without its tax, when the part adds one to a readable amount; the tax becomes the fee's "plus tax" or a refusal. */
    private static Optional<String> plusTax(Row row, int i, int k, String v) {
        Matcher m = FEE_TAX.matcher(v);
        if (!m.matches() || read(row, i, m.group("amount").strip()).isEmpty()) {
            return Optional.empty();
        }
        JsonNode yes = NODES.booleanNode(true);
        if (!differs(row, i, k, PLUS_TAX, yes, v, CsvMessages.CSV_FACT_WORDS.text(v.substring(m.start("amount") + m.group("amount").length()).strip()))) {
            row.facts().add(new Fact(PLUS_TAX.replace("*", Integer.toString(k)), yes));
            row.readings().add(Readings.Kind.FEE_TAX, row.at().apply(i), v, m.group("amount").strip() + ", " + m.group("tax"));
        }
        return Optional.of(m.group("amount").strip());
    }

    /** The fee without its tax or its payers, when the part gives either. */
    private static Optional<String> fee(Row row, int i, int k, String v) {
        return plusTax(row, i, k, v).or(() -> FeeTaxIncluded.split(row, i, k, v)).or(() -> nonMembers(row, i, k, v));
    }

    /** The fee without its payers, when non-members alone pay it; that becomes the fee's "non-members only" or a refusal. */
    private static Optional<String> nonMembers(Row row, int i, int k, String v) {
        Matcher m = NON_MEMBERS.matcher(v);
        if (!m.matches() || read(row, i, m.group("amount").strip()).isEmpty()) {
            return Optional.empty();
        }
        String amount = m.group("amount").strip();
        JsonNode yes = NODES.booleanNode(true);
        if (!differs(row, i, k, NON_MEMBERS_ONLY, yes, v, CsvMessages.CSV_FACT_WORDS.text(v.substring(m.end("amount")).strip()))) {
            row.facts().add(new Fact(NON_MEMBERS_ONLY.replace("*", Integer.toString(k)), yes));
            row.readings().add(Readings.Kind.FEE_NON_MEMBERS, row.at().apply(i), v, amount);
        }
        return Optional.of(amount);
    }

    /** The season without its year, when the part names a season; the year becomes a fact of the same intake or a refusal. */
    private static Optional<String> season(Row row, int i, int k, String v) {
        Matcher m = SEASON.matcher(v);
        if (!m.matches() || !row.probe().names(row.headings().columns().get(i).field(), m.group("season").strip())) {
            return Optional.empty();
        }
        String season = m.group("season").strip();
        String code = row.probe().read(row.headings().columns().get(i).field(), season, row.at().apply(i), f -> { }).asString();
        JsonNode year = NODES.numberNode(Integer.parseInt(m.group("year")));
        if (!differs(row, i, k, YEAR, year, v, CsvMessages.CSV_FACT_WORDS.text(m.group("year")))) {
            row.facts().add(new Fact(YEAR.replace("*", Integer.toString(k)), year));
            row.readings().add(Readings.Kind.SEASON_YEAR, row.at().apply(i), v, code + ", " + year);
        }
        return Optional.of(season);
    }

    /** The stage without its bounds, when the cell is one stage with a number of credits, works or years. */
    private static Optional<String> stageBounds(Row row, int i, String v) {
        Matcher m = STAGE_BOUNDS.matcher(v);
        Field stages = row.headings().columns().get(i).field();
        if (!m.matches()) {
            return Optional.empty();
        }
        String stage = m.group("stage").strip();
        int min = Integer.parseInt(m.group("min"));
        // "5+ yrs" gives the least alone: the largest is not stated, so none is set.
        int max = m.group("max") == null ? Integer.MAX_VALUE : Integer.parseInt(m.group("max"));
        if (min > max || !row.probe().names(stages, stage) && row.probe().list(stages, stage, row.at().apply(i)).isEmpty()) {
            return Optional.empty();
        }
        String what = m.group("credits") != null ? "Credits" : m.group("works") != null ? "CompletedWorks" : "Years";
        Text given = CsvMessages.CSV_FACT_WORDS.text(v.substring(m.start("min"), m.end(m.group("credits") != null ? "credits"
                : m.group("works") != null ? "works" : "years")));
        String low = "/eligibility/min" + what;
        String high = "/eligibility/max" + what;
        boolean open = max == Integer.MAX_VALUE;
        if (!differs(row, i, -1, low, NODES.numberNode(min), v, given) && (open || !differs(row, i, -1, high, NODES.numberNode(max), v, given))) {
            row.facts().add(new Fact(low, NODES.numberNode(min)));
            if (!open) {
                row.facts().add(new Fact(high, NODES.numberNode(max)));
            }
            row.readings().add(Readings.Kind.STAGE_BOUNDS, row.at().apply(i), v, stage + ", " + min + (open ? "+" : "–" + max));
        }
        return Optional.of(stage);
    }

    static Optional<String> read(Row row, int i, String v) {
        try {
            return Optional.of(row.probe().read(row.headings().columns().get(i).field(), v, row.at().apply(i), f -> { }).asString());
        } catch (Unreadable e) {
            return Optional.empty();
        }
    }

    /**
     * True, with the finding on cell {@code i} given to the row's notes, when the row's column for
     * {@code pointer} (its part {@code k} in a group, or the whole cell for -1) holds a value other
     * than {@code value}; false when it is absent, blank or the same.
     */
    static boolean differs(Row row, int i, int k, String pointer, JsonNode value, String v, Text given) {
        int j = row.headings().position(pointer);
        String other = j < 0 || j >= row.record().size() ? "" : Cells.unescape(row.record().get(j));
        if (k >= 0) {
            List<String> parts = Lists.split(other);
            other = k < parts.size() ? parts.get(k) : "";
        }
        other = other.strip();
        if (other.isEmpty()) {
            return false;
        }
        try {
            if (row.probe().read(row.headings().columns().get(j).field(), other, row.at().apply(j), f -> { }).equals(value)) {
                return false;
            }
        } catch (Unreadable e) {
            // Not the same value: the other cell's own finding says why it cannot be read.
        }
        String heading = row.headings().written().get(j);
        row.notes().accept(refusal(row.at().apply(i), CsvMessages.CSV_FACT_DIFFERS.text(v, given, heading, other),
                CsvMessages.CSV_FACT_DIFFERS_FIX.text(heading, given)));
        return true;
    }

    static Finding refusal(Location.Csv at, Text message, Text fix) {
        return new Finding(ReaderRule.CSV_UNREADABLE.id(), ReaderRule.CSV_UNREADABLE.severity(), at, message, fix);
    }

    /**
     * True when {@code v} holds a digit and a character other than a digit or a space: every
     * wording read here has words or signs beside its numbers, so a cell of numbers alone (8, 2026)
     * states no second fact and is passed over.
     */
    private static boolean numberBesideWords(String v) {
        boolean digit = false;
        boolean other = false;
        for (int k = 0; k < v.length(); k++) {
            char ch = v.charAt(k);
            if (Character.isDigit(ch)) {
                digit = true;
            } else if (!Character.isWhitespace(ch)) {
                other = true;
            }
        }
        return digit && other;
    }
}
