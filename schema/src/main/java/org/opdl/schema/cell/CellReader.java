package org.opdl.schema.cell;

import java.util.Arrays;
import java.util.stream.Stream;
import org.opdl.schema.format.ReaderRule;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opdl.model.definition.FieldType;
import org.opdl.model.definition.SheetWording;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.stage.CareerStageScale;
import org.opdl.model.stage.Crosswalk;
import org.opdl.model.text.Folding;
import org.opdl.model.vocab.Vocabulary;
import org.opdl.model.field.Field;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Turns one cell, as a person types it in a spreadsheet, into its JSON value for a field: labels
 * for codes, country and language names, yes/oui, numbers in English or French form, day-first
 * and Excel serial dates, a plain date where a date and time is asked, and durations in words
 * ("6 months", "3 mois") or in ISO 8601 weeks. Readings are counted in {@link Readings}; damage a
 * spreadsheet did is warned on the cell; what cannot be read without guessing throws {@link
 * Unreadable}. Knows nothing of the file format, so CSV and workbook readers share it. A value
 * written as the template and dropdowns of the sheet's own language write it ({@link SheetForms})
 * is read with no note: it is the designed input, not a guess.
 */
public final class CellReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern EXCEL_SCIENTIFIC = Pattern.compile("-?\\d+(\\.\\d+)?[eE]\\+\\d+");
        private static final Pattern WHOLE_WITH_ZEROS = Pattern.compile("(-?\\d+)[.,]0+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");
    private static final Pattern GROUPED_WHOLE = Pattern.compile("-?\\d{1,3}([,.]\\d{3})+");
    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,30}");
    /** "and/or" and "et/ou" first, as one separator, so that neither half is left with a word of the other. */
    private static final Pattern SEPARATORS = Pattern.compile("\\s(?:and/or|et/ou)\\s|[,;\\n]|\\s(?:and|et|&)\\s");
    /** "or" or a slash between two codes a listing accepts either of (citizen or permanent resident, citizen/PR), tried within a part that is no label. */
    private static final Pattern EITHER = Pattern.compile("\\s(?:or|ou)\\s|\\s*/\\s*");
    /** How an eligibility requirement opens, before the codes it names ("must be a Canadian citizen or ..."). */
    private static final Pattern REQUIREMENT = Pattern.compile("^(?i)(?:must be (?:an? )?|doit être (?:une? )?|open to |ouvert aux? |applicants must be )");
    /** Between languages, also a plus sign, as forms join English and French: "EN+FR", "anglais + français". */
    private static final Pattern LANGUAGE_SEPARATORS = Pattern.compile("\\s(?:and/or|et/ou)\\s|[,;\\n/+]|\\s(?:and|et|&)\\s");
    /** What no language tag holds: a space, a separator, a plus sign or a dot. */
    private static final Pattern NOT_ONE_TAG = Pattern.compile("[\\s/,;&+.]");
    private static final Set<String> BILINGUAL = Set.of("bilingual", "bilingue", "bilingual en fr", "bilingue fr en",
            "bilingual en", "bilingue fr");

    /** The homes of each duration field's ranges, fixed by the standard: found once per field, not once per cell. */
    private final Map<Field, Optional<DurationRanges.Homes>> durationHomes = new HashMap<>();
    private final GroupNouns groupNouns = new GroupNouns(Vocabulary.standard());
    /** The field's codes, labels and the words of its concepts. */
    private final CellCodes codes;
    private final Readings readings;
    /** The forms of the sheet's own language, read without a note. */
    private final SheetForms forms;

    /** A reader that counts its readings in {@code readings}, for a sheet whose language is not known. */
    public CellReader(Readings readings) {
        this(readings, SheetForms.UNKNOWN);
    }

    /** A reader that counts in {@code readings} every reading but of the sheet's own {@code forms}. */
    public CellReader(Readings readings, SheetForms forms) {
        this.readings = readings;
        this.forms = forms;
        this.codes = new CellCodes(readings, forms);
    }

    /** The readings counted so far. */
    public Readings readings() {
        return readings;
    }

    /**
     * The JSON value of {@code value}, already stripped of stray spaces where the type allows,
     * for {@code field}; {@code where} places the readings and the warnings given to {@code notes}.
     *
     * @throws Unreadable when the cell cannot be read without guessing
     */
    public JsonNode read(Field field, String value, Location where, Consumer<Finding> notes) {
        String v = value.strip();
        try {
            return typed(field, value, v, where, notes);
        } catch (Unreadable e) {
            throw explained(field, v).orElse(e);
        }
    }

    /** Why a cell of {@code field} that could not be read holds no value of it, when its words say more than the type's refusal. */
    private static Optional<Unreadable> explained(Field field, String v) {
        // A date's own refusal already says what a day not set yet means ("TBA"), with the date's words.
        Optional<Unreadable> unstated = field.type() == FieldType.DATE ? Optional.empty() : NotStated.explain(v);
        return unstated.or(() -> OtherUnits.explain(field, v)).or(() -> CellCurrencies.aloneInAmount(field, v)).or(() -> YesNoNotes.explain(field, v)).or(() -> DateInANumber.explain(field, v)).or(() -> LeastAmounts.explain(field, v)).or(() -> SpreadAmounts.explain(field, v)).or(() -> Shares.explain(field, v))
                .or(() -> CellRanges.explain(field, v)).or(() -> Maximums.explain(field, v)).or(() -> StrictLeasts.explain(field, v)).or(() -> LeastWithWords.explain(field, v)).or(() -> DurationWords.explain(field, v))
                .or(() -> CountWithLength.explain(field, v)).or(() -> NumberWords.explain(field, v)).or(() -> EditionRanks.explain(field, v))
                .or(() -> UnitRanks.explain(field, v)).or(() -> CodeWords.freeWithNotes(field, v));
    }

    private JsonNode typed(Field field, String value, String v, Location where, Consumer<Finding> notes) {
        switch (field.type()) {
            case INTEGER:
                if (CellNumbers.isPlain(v, 9, false)) {
                    // Most cells are digits only, which no wording reads otherwise: no pattern to try.
                    return NODES.numberNode(Integer.parseInt(v));
                }
                // "3+ years" in a column of credits counts years, not credits: never read there, whatever its words of a least.
                Optional<String> worded = OtherUnits.counted(field, v) ? Optional.empty()
                        : CellRanges.atLeastInMinimum(field, v).or(() -> Maximums.atMost(field, v)).or(() -> NumberWords.exact(field, v));
                return integer(worded.map(n -> read(Readings.Kind.NUMBER, where, v, n)).orElse(v),
                        where, notes);
            case DECIMAL:
                if (CellNumbers.isPlain(v, 30, true)) {
                    return NODES.stringNode(v);
                }
                if (field.wordedAs(SheetWording.HOURS)) {
                    return NODES.stringNode(hoursAWeek(v, where));
                }
                return NODES.stringNode(CellRanges.thousands(field, v).or(() -> CellRanges.upToInMaximum(field, v))
                        .or(() -> CellRanges.percentInRate(field, v)).or(() -> Shares.ofItsBase(field, v)).or(() -> LeastAmounts.inLeast(field, v))
                        .map(n -> read(Readings.Kind.NUMBER, where, v, n)).orElseGet(() -> decimal(v, where)));
            case BOOLEAN:
                return bool(field, v, where);
            case DATE:
                try {
                    return NODES.stringNode(CellTimes.date(v, where, readings, NoDayWords.inComponent(field)));
                } catch (Unreadable e) {
                    throw NoDayWords.ofApplications(field, v, e);
                }
            case DATE_TIME:
                return NODES.stringNode(CellTimes.dateTime(value, where, readings, forms, notes));
            case CURRENCY:
                // "N/A" names no currency and "CA$" or "dollars canadiens" names one: CellCurrencies says which, or refuses.
                return NODES.stringNode(CellCurrencies.code(v).map(c -> read(Readings.Kind.LABEL, where, v, c)).orElse(value));
            case DURATION:
                return NODES.stringNode(CellDurations.duration(v, where, readings, forms));
            case CODE:
                return NODES.stringNode(codes.code(field, v, where, notes));
            case COUNTRY:
                return NODES.stringNode(CellWords.country(v).map(c -> read(Readings.Kind.COUNTRY, where, v, c)).orElse(value));
            case LANGUAGE:
                return NODES.stringNode(CellWords.language(v).map(c -> forms.language(c).equals(v) ? c : read(Readings.Kind.LANGUAGE, where, v, c)).orElseGet(() -> {
                    LanguagePairs.refuse(v);
                    // Words that name no language ("in English with French support", "ANG/FR", "Eng.") would only meet the tag's pattern later, with a fix in JSON.
                    if (NOT_ONE_TAG.matcher(v).find()) {
                        throw new Unreadable(v, Refusal.LANGUAGE_SUCH);
                    }
                    return value;
                }));
            case IRI:
            case STRING:
            case PHONE:
                if (EXCEL_SCIENTIFIC.matcher(v).matches()) {
                    notes.accept(new Finding(ReaderRule.CSV_EXCEL_NUMBER.id(), ReaderRule.CSV_EXCEL_NUMBER.severity(), where,
                            CellMessages.CSV_EXCEL_NUMBER_LOOKS_LIKE_NUMBER.text(value),
                            CellMessages.CSV_EXCEL_NUMBER_FORMAT_COLUMN_TEXT.text()));
                }
                return NODES.stringNode(value);
            default:
                return NODES.stringNode(value);
        }
    }

    /**
     * The range a cell of a duration field holds ("20–22 weeks", "de 5 à 10 mois"), read into the
     * field's {@code min} and {@code max} siblings ({@code minDuration} and {@code maxDuration}
     * beside {@code duration}) and counted; empty when the cell is one duration or no range, or
     * when the field has no such siblings, so that the cell is read, or refused, as one duration.
     */
    public Optional<DurationRange> durationRange(Field field, String value, Location where) {
        Optional<DurationRanges.Homes> homes = durationHomes.computeIfAbsent(field, DurationRanges::homes);
        if (homes.isEmpty()) {
            return Optional.empty();
        }
        String v = value.strip();
        return DurationRanges.ends(v).map(ends -> {
            readings.add(Readings.Kind.DURATION_RANGE, where, v, ends.low() + " – " + ends.high());
            return new DurationRange(homes.get().shortest(), ends.low(), homes.get().longest(), ends.high());
        });
    }

    /**
     * The values of a list cell a person separated otherwise than by {@code " | "}: by commas,
     * semicolons, line breaks, "and" or "et" (a slash too for languages); a language cell saying
     * "bilingual", which in Canada means English and French; a region cell naming a group of
     * provinces, such as "Atlantic Canada" or "Prairies"; a residence cell written as who may apply
     * ("Ontario residents only", see {@link Residents}). Given only when every value names a
     * code of the field, so that no text is ever cut; the reading is counted. Else empty.
     */
    public Optional<List<String>> list(Field field, String value, Location where) {
        FieldType t = field.type();
        String v = value.strip();
        if (t != FieldType.CODE && t != FieldType.COUNTRY && t != FieldType.LANGUAGE || codes.isCode(field, v)) {
            return Optional.empty();
        }
        if (t == FieldType.LANGUAGE && BILINGUAL.contains(Folding.fold(v))) {
            readings.add(Readings.Kind.LIST, where, v, "en | fr");
            return Optional.of(List.of("en", "fr"));
        }
        Optional<String> places = field.wordedAs(SheetWording.RESIDENTS) ? Residents.places(v) : Optional.empty();
        List<String> provinces = t == FieldType.CODE && field.scheme().filter("region"::equals).isPresent()
                ? CellWords.provinces(places.orElse(v)) : List.of();
        if (!provinces.isEmpty()) {
            readings.add(places.isPresent() ? Readings.Kind.RESIDENTS : Readings.Kind.LIST, where, v, String.join(" | ", provinces));
            return Optional.of(provinces);
        }
        if (codes.names(field, v)) {
            return Optional.empty();
        }
        Optional<List<String>> groups = field.scheme().filter(GroupNouns.SCHEME::equals).flatMap(s -> groupNouns.codes(v));
        if (groups.isPresent()) {
            readings.add(Readings.Kind.GROUP_NOUN, where, v, String.join(" | ", groups.get()));
            return groups;
        }
        String listed = places.orElseGet(() -> REQUIREMENT.matcher(v).replaceFirst(""));
        List<String> parts = Arrays.stream((t == FieldType.LANGUAGE ? LANGUAGE_SEPARATORS : SEPARATORS).split(listed)).map(String::strip).filter(p -> !p.isEmpty())
                .flatMap(p -> codes.names(field, p) ? Stream.of(p) : Arrays.stream(EITHER.split(p)).map(String::strip))
                .map(p -> codes.names(field, p) ? p : CellWords.singular(p).filter(one -> codes.names(field, one)).orElse(p))
                .toList();
        if (parts.size() < (listed.equals(v) ? 2 : 1) || !parts.stream().allMatch(p -> codes.names(field, p))) {
            return t == FieldType.CODE && field.scheme().filter(CareerStageScale.SCHEME::equals).isPresent()
                    ? stageWording(v, where) : Optional.empty();
        }
        readings.add(places.isPresent() ? Readings.Kind.RESIDENTS : Readings.Kind.LIST, where, v, String.join(" | ", parts));
        return Optional.of(parts);
    }

    /**
     * The stages a provider's whole wording names through the standard's crosswalk ("relève",
     * "producteurs de la relève": entry and emerging), when every word of it is known and it sets
     * no number; else empty, so that the cell is left to the unknown code's finding.
     */
    private Optional<List<String>> stageWording(String v, Location where) {
        Crosswalk.Result r = Crosswalk.standard().map(v);
        if (r.matches().isEmpty() || !r.unmapped().isEmpty() || !r.criteria().isEmpty()) {
            return Optional.empty();
        }
        List<String> stages = r.matches().stream().map(Crosswalk.StageMatch::stage).toList();
        readings.add(Readings.Kind.STAGE_WORDING, where, v, String.join(" | ", stages));
        return Optional.of(stages);
    }

    /** True when {@code v} names one code of {@code field}: the code, a label, or the words of one concept. */
    public boolean names(Field field, String v) {
        return codes.names(field, v);
    }

    /** True when {@code value} says a program is free ("free", "gratuit", "none", "aucun"). */
    public static boolean isFree(String value) {
        return CellWords.isFree(value);
    }

    private String read(Readings.Kind kind, Location where, String written, String read) {
        if (!written.equals(read)) {
            readings.add(kind, where, written, read);
        }
        return read;
    }

    private JsonNode integer(String v, Location where, Consumer<Finding> notes) {
        String s = SPACES.matcher(v).replaceAll("");
        CellNumbers.refuseThousandOrOne(v, s);
        Matcher excel = WHOLE_WITH_ZEROS.matcher(s);
        if (excel.matches()) {
            notes.accept(new Finding(ReaderRule.CSV_EXCEL_NUMBER.id(), ReaderRule.CSV_EXCEL_NUMBER.severity(), where,
                    CellMessages.CSV_EXCEL_NUMBER_WHOLE_NUMBER_WRITTEN.text(v),
                    CellMessages.CSV_EXCEL_NUMBER_WRITE_WHOLE_NUMBERS.text()));
            s = excel.group(1);
        } else if (GROUPED_WHOLE.matcher(s).matches()) {
            s = s.replace(",", "").replace(".", "");
        }
        if (!WHOLE.matcher(s).matches()) {
            throw new Unreadable(v, Refusal.WHOLE_NUMBER_SUCH);
        }
        if (!excel.matches()) {
            read(Readings.Kind.NUMBER, where, v, s);
        }
        BigInteger n = new BigInteger(s);
        if (n.bitLength() < 32) {
            return NODES.numberNode(n.intValue());
        }
        return n.bitLength() < 64 ? NODES.numberNode(n.longValue()) : NODES.numberNode(n);
    }

    /** A decimal in plain notation with the digits as written; French and English grouping accepted. */
    private String decimal(String v, Location where) {
        String out = CellNumbers.decimal(v);
        return read(Readings.Kind.NUMBER, where, v, out);
    }

    /** Hours a week, with or without their unit, in digits or words; a cell that is no number of hours says what to write. */
    private String hoursAWeek(String v, Location where) {
        return read(Readings.Kind.NUMBER, where, v, CellNumbers.hours(v));
    }

    private JsonNode bool(Field field, String v, Location where) {
        String k = v.toLowerCase(Locale.ROOT);
        Boolean b = switch (k) {
            // A check mark is yes and a ballot cross no; a plain "x" is left alone, as some mark yes with it and some no.
            case "true", "yes", "oui", "vrai", "y", "o", "\u2713", "\u2714" -> Boolean.TRUE;
            case "false", "no", "non", "faux", "n", "\u2717", "\u2718" -> Boolean.FALSE;
            default -> null;
        };
        // "taxes incluses", "+ taxes": in the column that asks whether tax is added, such words say no or yes.
        b = b == null ? TaxWords.plusTax(field, v).orElse(null) : b;
        if (b == null) {
            // "bursaries available": no field holds the kind of help, so reading yes would lose the word; the fix says where it goes.
            // "Possibly" names no help, and yes would say help is offered: such words get a fix of their own.
            throw field.wordedAs(SheetWording.HELP) ? new Unreadable(v, HelpHedges.hedged(v) ? Refusal.HELP_MAYBE : Refusal.HELP_SUCH, v)
                    : new Unreadable(v, Refusal.TRUE_FALSE_YES);
        }
        if (!forms.yesNo(b).equals(v)) {
            read(Readings.Kind.YES_NO, where, v, b.toString());
        }
        return NODES.booleanNode(b);
    }
}
