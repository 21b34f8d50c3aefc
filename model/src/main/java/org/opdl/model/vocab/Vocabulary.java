package org.opdl.model.vocab;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.opdl.model.data.DataTable;
import org.opdl.model.data.DefinitionException;
import org.opdl.model.text.Text;

/**
 * All concept schemes of the standard, read from {@code standard/vocabulary/}. The standard's
 * vocabulary is loaded once and shared; it is immutable.
 *
 * @param schemes the schemes in the order of {@code schemes.csv}
 * @param prefixes the prefixes that mappings use, from {@code prefixes.csv}
 */
public record Vocabulary(List<ConceptScheme> schemes, Map<String, String> prefixes) {

    /** Copies the lists. */
    public Vocabulary {
        schemes = List.copyOf(schemes);
        prefixes = Map.copyOf(prefixes);
    }

    private static final class Standard {
        static final Vocabulary INSTANCE = load();
    }

    /** The vocabulary of this version of the standard. */
    public static Vocabulary standard() {
        return Standard.INSTANCE;
    }

    /** The scheme with this id, if any. */
    public Optional<ConceptScheme> scheme(String id) {
        return schemes.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The ids of all schemes, in order. */
    public List<String> schemeIds() {
        return schemes.stream().map(ConceptScheme::id).toList();
    }

    /** The concept with this code in this scheme, if both exist. */
    public Optional<Concept> concept(String scheme, String code) {
        return scheme(scheme).flatMap(s -> s.concept(code));
    }

    /** The label of a code in a scheme, in both languages, or the code itself when the scheme does not know it. */
    public Text label(String scheme, String code) {
        return concept(scheme, code).map(Concept::label).orElse(new Text(code, code));
    }

    /** Looks up a code, label or alternative label in either language; see {@link Lookup}. */
    public Lookup.Result lookup(String text, Optional<String> scheme) {
        return new Lookup(this).find(text, scheme);
    }

    private static Vocabulary load() {
        Map<String, String> prefixes = new LinkedHashMap<>();
        for (DataTable.Row row : DataTable.load("vocabulary/prefixes.csv").rows()) {
            prefixes.put(row.required("prefix"), row.required("iri"));
        }
        List<ConceptScheme> schemes = new ArrayList<>();
        for (DataTable.Row row : DataTable.load("vocabulary/schemes.csv").rows()) {
            String id = row.required("scheme");
            schemes.add(new ConceptScheme(
                    id,
                    row.required("version"),
                    Boolean.parseBoolean(row.get("ordered")),
                    new Text(row.required("label_en"), row.required("label_fr")),
                    new Text(row.required("definition_en"), row.required("definition_fr")),
                    concepts(id, prefixes)));
        }
        return new Vocabulary(schemes, prefixes);
    }

    private static List<Concept> concepts(String scheme, Map<String, String> prefixes) {
        List<Concept> out = new ArrayList<>();
        for (DataTable.Row row : DataTable.load("vocabulary/" + scheme + ".csv").rows()) {
            List<Mapping> mappings = new ArrayList<>();
            mappings.addAll(mappings(row, "exact_match", MatchKind.EXACT, prefixes));
            mappings.addAll(mappings(row, "close_match", MatchKind.CLOSE, prefixes));
            out.add(new Concept(
                    scheme,
                    row.required("code"),
                    new Text(row.get("label_en"), row.get("label_fr")),
                    new Text(row.get("definition_en"), row.get("definition_fr")),
                    row.list("alt_labels_en"),
                    row.list("alt_labels_fr"),
                    optional(row.get("broader")),
                    mappings,
                    Boolean.parseBoolean(row.get("deprecated")),
                    optional(row.get("replaced_by"))));
        }
        return out;
    }

    /** Compiled once: {@code String.split} would compile the expression for every cell at start-up. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static List<Mapping> mappings(
            DataTable.Row row, String heading, MatchKind kind, Map<String, String> prefixes) {
        List<Mapping> out = new ArrayList<>();
        for (String curie : SPACES.split(row.get(heading))) {
            if (curie.isEmpty()) {
                continue;
            }
            int colon = curie.indexOf(':');
            String prefix = colon < 0 ? "" : curie.substring(0, colon);
            String base = prefixes.get(prefix);
            if (base == null) {
                throw new DefinitionException(row.table(), row.line(), "unknown prefix in \"" + curie + "\"");
            }
            out.add(new Mapping(kind, curie, base + curie.substring(colon + 1)));
        }
        return out;
    }

    private static Optional<String> optional(String cell) {
        return cell.isEmpty() ? Optional.empty() : Optional.of(cell);
    }
}
