package org.opdl.validator.match;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.opdl.model.text.Text;
import tools.jackson.core.JacksonException;
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

    /** Reads and checks a profile; {@code today} is its date when it gives none. */
    public static Profile read(byte[] json, LocalDate today) throws ProfileException {
        JsonNode n;
        try {
            n = JsonMapper.builder().build().readTree(json);
        } catch (JacksonException e) {
            throw new ProfileException(List.of(new Text("the profile is not JSON: " + e.getOriginalMessage(),
                    "le profil n'est pas du JSON : " + e.getOriginalMessage())));
        }
        if (n == null || !n.isObject()) {
            throw new ProfileException(List.of(new Text("the profile must be a JSON object such as "
                    + "{\"completedWorks\": 2, \"credits\": 1, \"yearsOfPractice\": 3, \"region\": \"CA-QC\", \"languages\": [\"fr\"]}",
                    "le profil doit être un objet JSON comme {\"completedWorks\": 2, \"credits\": 1, \"yearsOfPractice\": 3, "
                    + "\"region\": \"CA-QC\", \"languages\": [\"fr\"]}")));
        }
        List<Text> problems = new ArrayList<>();
        n.propertyNames().forEach(k -> {
            if (!KNOWN.contains(k)) {
                problems.add(new Text("unknown field " + k + " (known: " + String.join(", ", KNOWN.stream().sorted().toList()) + ")",
                        "champ inconnu " + k + " (connus : " + String.join(", ", KNOWN.stream().sorted().toList()) + ")"));
            }
        });
        int works = whole(n, "completedWorks", problems);
        int credits = whole(n, "credits", problems);
        int years = whole(n, "yearsOfPractice", problems);
        String region = n.path("region").isString() ? n.path("region").asString() : null;
        Optional<String> workRegion = n.path("workRegion").isString() ? Optional.of(n.path("workRegion").asString()) : Optional.empty();
        List<String> languages = strings(n, "languages", problems);
        List<String> groups = strings(n, "targetGroups", problems);
        Optional<BigDecimal> budget = Optional.empty();
        if (n.has("budget")) {
            try {
                budget = Optional.of(new BigDecimal(n.path("budget").asString(n.path("budget").toString())));
            } catch (NumberFormatException e) {
                problems.add(new Text("budget must be a number of dollars, such as 500", "budget doit être un nombre de dollars, comme 500"));
            }
        }
        OptionalInt age = n.has("age") ? OptionalInt.of(whole(n, "age", problems)) : OptionalInt.empty();
        LocalDate date = today;
        if (n.has("date")) {
            try {
                date = LocalDate.parse(n.path("date").asString(""));
            } catch (DateTimeParseException e) {
                problems.add(new Text("date must be written YYYY-MM-DD, such as 2026-12-05",
                        "date doit s'écrire AAAA-MM-JJ, comme 2026-12-05"));
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

    private static int whole(JsonNode n, String field, List<Text> problems) {
        JsonNode v = n.path(field);
        if (v.isIntegralNumber() && v.canConvertToInt()) {
            return v.intValue();
        }
        problems.add(new Text(field + (v.isMissingNode() ? " is missing" : " must be a whole number") + ", such as 2",
                field + (v.isMissingNode() ? " manque" : " doit être un nombre entier") + ", comme 2"));
        return 0;
    }

    private static List<String> strings(JsonNode n, String field, List<Text> problems) {
        List<String> out = new ArrayList<>();
        JsonNode v = n.path(field);
        if (v.isMissingNode()) {
            return out;
        }
        if (!v.isArray()) {
            problems.add(new Text(field + " must be a list, such as [\"fr\"]", field + " doit être une liste, comme [\"fr\"]"));
            return out;
        }
        v.forEach(x -> out.add(x.asString("")));
        return out;
    }
}
