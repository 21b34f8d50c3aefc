package org.opdl.validator.match;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.opdl.model.text.Lang;
import org.opdl.model.text.Text;
import org.opdl.schema.cell.TypedDollars;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.json.JsonScan;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a producer's profile from JSON:
 * {@code {"completedWorks": 2, "credits": 1, "yearsOfPractice": 3, "region": "CA-QC",
 * "workRegion": "CA-ON", "languages": ["fr"], "targetGroups": [], "budget": 500, "age": 29, "date": "2026-12-05"}}.
 * Only the three figures, the region and the languages are required.
 */
public final class ProfileReader {

    private static final Set<String> KNOWN = Set.of("completedWorks", "credits", "yearsOfPractice", "region", "workRegion",
            "languages", "targetGroups", "budget", "age", "date");

    private static final JsonMapper READER = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    /** Names a producer gives a career stage stated in words, folded to lower-case letters: the stage is worked out, never read. */
    private static final Set<String> STAGE_FIELDS = Set.of("stage", "careerstage", "careerstages", "stade", "stadedecarriere",
            "stadedecarrière", "career", "carriere", "carrière");
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}]");

    private ProfileReader() {
    }

    /** A profile that cannot be read or matched, with what is wrong in plain words. */
    public static final class ProfileException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient List<Text> problems;

        ProfileException(List<Text> problems) {
            super(problems.get(0).en());
            this.problems = List.copyOf(problems);
        }

        /** Each problem. */
        public List<Text> problems() {
            return problems;
        }
    }

    /** Reads and checks a profile, its fields named in messages by their JSON keys; {@code today} is its date when it gives none. */
    public static Profile read(byte[] json, LocalDate today) throws ProfileException {
        return read(json, today, key -> new Text(key, key));
    }

    /**
     * Reads and checks a profile, each field named in messages by {@code names} of its JSON key: a
     * form names them by the words of its boxes, which its user reads, where a file's user reads keys.
     */
    public static Profile read(byte[] json, LocalDate today, Function<String, Text> names) throws ProfileException {
        JsonNode n;
        try {
            // The listings' own checks, in their words: a field written twice (an editing slip whose second
            // value would win without a word), a comment, a file cut short, each at its line and column.
            JsonScan.check("", json, Limits.DEFAULT);
            n = READER.readTree(json);
        } catch (ReadException e) {
            Text place = new Text(e.location().describe(Lang.EN), e.location().describe(Lang.FR));
            // French names a line with its article, « à la ligne 2 », where a place of no line takes none.
            MatchMessages at = e.location().line() > 0 ? MatchMessages.PROFILE_READER_JSON_AT_LINE
                    : MatchMessages.PROFILE_READER_JSON_AT;
            throw new ProfileException(List.of(at.text(place, e.text(), e.fix())));
        }
        if (n == null || !n.isObject()) {
            throw new ProfileException(List.of(MatchMessages.PROFILE_READER_PROFILE_MUST_JSON.text()));
        }
        List<Text> problems = new ArrayList<>();
        n.propertyNames().forEach(k -> {
            if (STAGE_FIELDS.contains(NOT_A_LETTER.matcher(k.toLowerCase(Locale.ROOT)).replaceAll(""))) {
                JsonNode given = n.path(k);
                problems.add(MatchMessages.PROFILE_READER_STAGE_FROM_FIGURES.text(k, given.toString(),
                        given.isString() ? given.stringValue() : given.toString()));
            } else if (!KNOWN.contains(k)) {
                problems.add(MatchMessages.PROFILE_READER_UNKNOWN_FIELD_KNOWN.text(k, String.join(", ", KNOWN.stream().sorted().toList())));
            }
        });
        int works = whole(n, "completedWorks", names, problems);
        int credits = whole(n, "credits", names, problems);
        int years = whole(n, "yearsOfPractice", names, problems);
        // Provinces, languages and groups are read as a sheet's cells are: by code, label or name ("QC", "Québec", "français").
        ProfileCodes codes = new ProfileCodes();
        String region = n.path("region").isString() ? codes.region(n.path("region").asString()) : null;
        if (n.path("region").isMissingNode() || n.path("region").isNull() || region != null && region.isBlank()) {
            // Where the producer lives decides which programs are open to them: never read as "null" or left out.
            problems.add(MatchMessages.PROFILE_READER_REGION_MISSING.text(names.apply("region")));
        } else if (region == null) {
            region = n.path("region").toString();
        }
        Optional<String> workRegion = n.path("workRegion").isString() ? Optional.of(codes.workRegion(n.path("workRegion").asString()))
                : Optional.empty();
        List<String> languages = strings(n, "languages", names, problems).stream().map(codes::language).toList();
        List<String> groups = strings(n, "targetGroups", names, problems).stream().map(codes::targetGroup).toList();
        Optional<BigDecimal> budget = Optional.empty();
        if (n.has("budget")) {
            // "$1,500" and "1 500 $" as a producer types them; "1,500" alone could be 1.5 and is asked again
            TypedDollars.Typed typed = Budgets.of(n.path("budget"));
            if (typed instanceof TypedDollars.Read r) {
                budget = Optional.of(r.dollars());
            } else if (typed instanceof TypedDollars.ThousandOrOne t) {
                problems.add(MatchMessages.PROFILE_READER_BUDGET_THOUSAND_OR_ONE.text(t.typed(), names.apply("budget")));
            } else {
                problems.add(MatchMessages.PROFILE_READER_BUDGET_MUST_NUMBER.text(names.apply("budget")));
            }
        }
        OptionalInt age = n.has("age") ? OptionalInt.of(whole(n, "age", names, problems)) : OptionalInt.empty();
        LocalDate date = today;
        if (n.has("date")) {
            try {
                date = LocalDate.parse(n.path("date").asString(""));
            } catch (DateTimeParseException e) {
                problems.add(MatchMessages.PROFILE_READER_DATE_MUST_WRITTEN.text(names.apply("date")));
            }
        }
        if (problems.isEmpty()) {
            Profile p = new Profile(works, credits, years, region, workRegion, languages, groups, budget, age, date);
            problems.addAll(p.problems());
            if (problems.isEmpty()) {
                return p;
            }
        }
        throw new ProfileException(problems);
    }

    /**
     * The items of a list typed in one box of a form, for {@code languages} or {@code targetGroups}:
     * separated by commas, semicolons or line breaks, and by spaces only where the words are not the
     * name of one item, so that {@code Personnes noires, Femmes} gives two groups and {@code fr en} two
     * languages. Each item is then read as a profile's list reads it.
     */
    public static List<String> items(String list, String typed) {
        ProfileCodes codes = new ProfileCodes();
        List<String> out = new ArrayList<>();
        for (String piece : typed.split("[,;\\n]+")) {
            String item = piece.strip();
            if (!item.isEmpty() && (!item.matches("(?s).*\\s.*") || codes.namesOne(list, item))) {
                out.add(item);
            } else if (!item.isEmpty()) {
                out.addAll(List.of(item.split("\\s+")));
            }
        }
        return out;
    }

    private static int whole(JsonNode n, String field, Function<String, Text> names, List<Text> problems) {
        JsonNode v = n.path(field);
        if (v.isIntegralNumber() && v.canConvertToInt()) {
            return v.intValue();
        }
        Text name = names.apply(field);
        problems.add(v.isMissingNode() ? MatchMessages.PROFILE_READER_MISSING_SUCH_2.text(name)
                : v.isIntegralNumber() && field.equals("age") ? MatchMessages.PROFILE_AGE_NOT_AGE.text(v.toString())
                : v.isIntegralNumber() ? MatchMessages.PROFILE_READER_WHOLE_TOO_LARGE.text(name, v.toString())
                : MatchMessages.PROFILE_READER_MUST_WHOLE_NUMBER.text(name));
        return 0;
    }

    private static List<String> strings(JsonNode n, String field, Function<String, Text> names, List<Text> problems) {
        List<String> out = new ArrayList<>();
        JsonNode v = n.path(field);
        if (v.isMissingNode()) {
            return out;
        }
        if (!v.isArray()) {
            problems.add(MatchMessages.PROFILE_READER_MUST_LIST_SUCH.text(names.apply(field)));
            return out;
        }
        v.forEach(x -> out.add(x.asString("")));
        return out;
    }
}
