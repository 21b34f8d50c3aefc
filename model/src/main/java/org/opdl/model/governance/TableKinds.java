package org.opdl.model.governance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opdl.model.governance.TableKind.CellRule;

/**
 * The classing of changes in each table of the standard. A change that makes valid data invalid, or
 * that makes a consumer read another meaning, is major; one that only adds is minor; wording is a
 * patch. Anything a table holds that is not named here is wording.
 */
final class TableKinds {

    /** The fields whose fixed value carries the version itself, which moves with every bump. */
    private static final Set<String> VERSION_FIELDS = Set.of("standardVersion", "@context");

    private static final CellRule MAJOR_ANY = (before, after, row) -> Classed.major("meaning");
    private static final CellRule MINOR_ANY = (before, after, row) -> Classed.minor("addition");

    private static final TableKind FIELDS = new TableKind("field", List.of("path"),
            row -> "true".equals(row.cells().getOrDefault("required", "").strip())
                    ? Classed.major("field-required-added") : Classed.minor("field-optional-added"),
            Classed.major("field-removed"),
            Map.ofEntries(
                    Map.entry("type", TableKinds::type),
                    Map.entry("scheme", MAJOR_ANY),
                    Map.entry("required", (before, after, row) -> "true".equals(after)
                            ? Classed.major("field-now-required") : Classed.minor("field-now-optional")),
                    Map.entry("repeat", (before, after, row) -> Classed.major("shape")),
                    Map.entry("ordered", MINOR_ANY),
                    Map.entry("min", (before, after, row) -> bound(before, after, true)),
                    Map.entry("max", (before, after, row) -> bound(before, after, false)),
                    Map.entry("rdf_property", (before, after, row) -> Classed.major("rdf")),
                    Map.entry("rdf_class", (before, after, row) -> Classed.major("rdf")),
                    Map.entry("aligns", MINOR_ANY),
                    Map.entry("csv_en", (before, after, row) -> Classed.major("heading")),
                    Map.entry("csv_fr", (before, after, row) -> Classed.major("heading")),
                    Map.entry("fixed", (before, after, row) -> VERSION_FIELDS.contains(row.cells().get("path"))
                            ? null : Classed.major("meaning"))));

    private static final TableKind CLASSES = new TableKind("class", List.of("class"),
            row -> Classed.minor("addition"), Classed.major("removed"), Map.of("aligns", MINOR_ANY));

    private static final TableKind SCHEMES = new TableKind("scheme", List.of("scheme"),
            row -> Classed.minor("addition"), Classed.major("removed"),
            Map.of("version", (before, after, row) -> null, "ordered", MAJOR_ANY));

    private static final TableKind CONCEPTS = new TableKind("concept", List.of("code"),
            row -> Classed.minor("code-added"), Classed.major("code-removed"),
            Map.of("deprecated", TableKinds::retired, "replaced_by", TableKinds::retired, "broader", MINOR_ANY,
                    "exact_match", MINOR_ANY, "close_match", MINOR_ANY));

    private static final TableKind PREFIXES = new TableKind("prefix", List.of("prefix"),
            row -> Classed.minor("addition"), Classed.minor("prefix-removed"), Map.of("iri", MINOR_ANY));

    private static final TableKind THRESHOLDS = new TableKind("stage", List.of("stage"),
            row -> Classed.major("scale"), Classed.major("scale"),
            Map.of("min_completed_works", (b, a, r) -> Classed.major("threshold"),
                    "min_professional_credits", (b, a, r) -> Classed.major("threshold"),
                    "min_years_practice", (b, a, r) -> Classed.major("threshold")));

    private static final TableKind CROSSWALK = new TableKind("wording", List.of("wording", "lang"),
            row -> Classed.minor("wording-mapped"), Classed.major("wording-unmapped"),
            Map.of("stage", (b, a, r) -> Classed.major("wording-moved"), "match", MINOR_ANY));

    private static final TableKind WORDS = new TableKind("word", List.of("word", "lang"),
            row -> Classed.minor("reading"), Classed.minor("reading"), Map.of("role", (b, a, r) -> Classed.minor("reading")));

    private static final TableKind CORPUS = new TableKind("corpus", List.of("wording", "lang"),
            row -> Classed.patch("corpus"), Classed.patch("corpus"), Map.of());

    private TableKinds() {
    }

    /** How the table at this path under the standard's folder is classed. */
    static TableKind of(String file) {
        return switch (file) {
            case "listing/fields.csv", "listing/dataset.csv" -> FIELDS;
            case "listing/classes.csv" -> CLASSES;
            case "vocabulary/schemes.csv" -> SCHEMES;
            case "vocabulary/prefixes.csv" -> PREFIXES;
            case "career-stage/thresholds.csv" -> THRESHOLDS;
            case "career-stage/crosswalk.csv" -> CROSSWALK;
            case "career-stage/wording-words.csv" -> WORDS;
            case "career-stage/wording-corpus.csv" -> CORPUS;
            default -> CONCEPTS;
        };
    }

    /**
     * A concept deprecated, or given another replacement: minor, since its code stays valid. When a
     * concept replaces it, the reason says what the validator and {@code opdl migrate} do with data
     * that uses the old code, so that the diff and the migration say the same.
     */
    private static Classed retired(String before, String after, org.opdl.model.data.DataTable.Row row) {
        boolean deprecated = "true".equals(row.cells().getOrDefault("deprecated", "").strip());
        String replacement = row.cells().getOrDefault("replaced_by", "").strip();
        if (!deprecated) {
            return Classed.minor("addition");
        }
        return replacement.isEmpty() ? Classed.minor("code-deprecated")
                : new Classed(ChangeLevel.MINOR, "code-replaced", List.of(replacement));
    }

    /** A whole number widened to a decimal adds; any other new type narrows or changes what is valid. */
    private static Classed type(String before, String after, org.opdl.model.data.DataTable.Row row) {
        return "integer".equals(before) && "decimal".equals(after)
                ? Classed.minor("type-widened") : Classed.major("type-changed");
    }

    /** A bound added or tightened breaks data that met the old one; removed or loosened only admits more. */
    private static Classed bound(String before, String after, boolean lower) {
        if (after.isEmpty()) {
            return Classed.minor("bound-loosened");
        }
        if (before.isEmpty()) {
            return Classed.major("bound-tightened");
        }
        try {
            int order = new BigDecimal(after).compareTo(new BigDecimal(before));
            boolean tighter = lower ? order > 0 : order < 0;
            return tighter ? Classed.major("bound-tightened") : Classed.minor("bound-loosened");
        } catch (NumberFormatException e) {
            return Classed.major("bound-tightened");
        }
    }
}
