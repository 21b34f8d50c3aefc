package org.opdl.model.governance;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.opdl.model.data.DataTable;
import org.opdl.model.text.Folding;
import org.opdl.model.text.Nearest;

/**
 * Checks the vocabulary tables: schemes with versions and both languages, prefixes that are IRIs,
 * and in each scheme unique codes and labels, labels and definitions in both languages, broader
 * concepts and replacements that exist, and mappings that are IRIs.
 */
final class VocabularyCheck {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]+(-[A-Za-z0-9]+)*");
    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+");
    private static final Pattern IRI = Pattern.compile("https?://[^\\s<>\"{}|\\\\^`]+");
    private static final Pattern SEVERAL = Pattern.compile("\\s*[|,;]\\s*|\\s+");
    private static final String CONCEPT_COLUMNS =
            "code,label_en,label_fr,definition_en,definition_fr,alt_labels_en,alt_labels_fr,broader,exact_match,close_match,deprecated,replaced_by";
    private static final String[] TEXTS = {"label_en", "label_fr", "definition_en", "definition_fr"};

    private final StandardTables tables;
    private final List<TableProblem> problems;

    VocabularyCheck(StandardTables tables, List<TableProblem> problems) {
        this.tables = tables;
        this.problems = problems;
    }

    /** Checks every table under {@code vocabulary/}; returns the codes of each scheme that could be read. */
    Map<String, Set<String>> check() {
        Set<String> prefixes = prefixes();
        Map<String, Set<String>> codes = new LinkedHashMap<>();
        String file = "vocabulary/schemes.csv";
        tables.table(file).ifPresent(schemes -> {
            Cells cells = new Cells(file, problems);
            if (!cells.hasColumns(schemes, "scheme", "version")) {
                return;
            }
            Set<String> seen = new HashSet<>();
            for (DataTable.Row row : schemes.rows()) {
                String scheme = cells.required(row, "scheme", "cell.empty");
                if (!seen.add(scheme)) {
                    cells.problem(row, "scheme", "scheme.duplicate", scheme);
                    continue;
                }
                if (!VERSION.matcher(cells.get(row, "version")).matches()) {
                    cells.problem(row, "version", "scheme.version", cells.get(row, "version"));
                }
                texts(cells, row);
                if (!scheme.isEmpty() && !tables.exists("vocabulary/" + scheme + ".csv")) {
                    // A scheme added without its table: "restore it from the released standard" would lead nowhere.
                    cells.problem(row, "scheme", "scheme.no-table", scheme, CONCEPT_COLUMNS);
                } else if (!scheme.isEmpty()) {
                    codes.put(scheme, concepts(scheme, prefixes));
                }
            }
        });
        return codes;
    }

    private Set<String> prefixes() {
        Set<String> out = new HashSet<>();
        String file = "vocabulary/prefixes.csv";
        tables.table(file).ifPresent(table -> {
            Cells cells = new Cells(file, problems);
            for (DataTable.Row row : table.rows()) {
                out.add(cells.required(row, "prefix", "cell.empty"));
                String iri = cells.get(row, "iri");
                if (!IRI.matcher(iri).matches()) {
                    cells.problem(row, "iri", "mapping.not-iri", iri);
                }
            }
        });
        return out;
    }

    private Set<String> concepts(String scheme, Set<String> prefixes) {
        String file = "vocabulary/" + scheme + ".csv";
        Set<String> codes = new LinkedHashSet<>();
        tables.table(file).ifPresent(table -> {
            Cells cells = new Cells(file, problems);
            if (!cells.hasColumns(table, "code", "label_en", "label_fr", "definition_en", "definition_fr")) {
                return;
            }
            Map<String, String> labelsEn = new HashMap<>();
            Map<String, String> labelsFr = new HashMap<>();
            Map<String, DataTable.Row> rows = new HashMap<>();
            for (DataTable.Row row : table.rows()) {
                String code = cells.required(row, "code", "cell.empty");
                rows.putIfAbsent(code, row);
                if (!code.isEmpty() && !CODE.matcher(code).matches()) {
                    cells.problem(row, "code", "concept.code", code);
                }
                if (!code.isEmpty() && !codes.add(code)) {
                    DataTable.Row first = rows.get(code);
                    if (first.cells().equals(row.cells())) {
                        // A row pasted twice (K35): one problem for the row, not one for its code and each label.
                        cells.problem(row, "", "concept.duplicate-row", code, String.valueOf(first.line()));
                    } else {
                        cells.problem(row, "code", "concept.duplicate-code", code);
                    }
                }
                texts(cells, row);
                unique(cells, row, "label_en", labelsEn, code, rows);
                unique(cells, row, "label_fr", labelsFr, code, rows);
                for (String heading : List.of("exact_match", "close_match")) {
                    for (String term : cells.get(row, heading).split("\\s+")) {
                        if (!term.isEmpty() && !isIri(term, prefixes)) {
                            cells.problem(row, heading, "mapping.not-iri", term);
                        }
                    }
                }
            }
            for (DataTable.Row row : table.rows()) {
                references(cells, row, codes);
            }
            BroaderCycles.check(cells, table);
            ReplacementChains.check(cells, table);
            AltLabels.check(cells, table.rows());
            FormerLabels.group(problems, file);
        });
        return codes;
    }

    private static void references(Cells cells, DataTable.Row row, Set<String> codes) {
        cells.optional(row, "broader").filter(b -> !codes.contains(b))
                .ifPresent(b -> unknownCode(cells, row, "broader", b, codes));
        String deprecated = cells.get(row, "deprecated");
        if (!deprecated.isEmpty() && !deprecated.equals("true") && !deprecated.equals("false")) {
            cells.problem(row, "deprecated", "cell.boolean", deprecated);
        }
        String replacement = cells.get(row, "replaced_by");
        if (deprecated.equals("true") && replacement.isEmpty()) {
            cells.problem(row, "replaced_by", "concept.no-replacement", cells.get(row, "code"));
        } else if (!replacement.isEmpty() && !codes.contains(replacement)) {
            List<String> several = List.of(SEVERAL.split(replacement.strip()));
            if (several.size() > 1 && codes.containsAll(several)) {
                // A concept split in two: migrate writes one code in place of the old one, so replaced_by names one.
                cells.problem(row, "replaced_by", "concept.several-replacements", cells.get(row, "code"), replacement,
                        several.get(0), String.valueOf(several.size()));
            } else {
                unknownCode(cells, row, "replaced_by", replacement, codes);
            }
        }
    }

    /** A code of the scheme that is not there: with the nearest code when it looks like a slip of the keyboard. */
    private static void unknownCode(Cells cells, DataTable.Row row, String heading, String code, Set<String> codes) {
        String kind = heading.equals("broader") ? "broader" : "replacement";
        List<String> nearest = Nearest.among(code, codes, 1);
        if (nearest.isEmpty()) {
            cells.problem(row, heading, "concept.unknown-" + kind, code);
        } else {
            cells.problem(row, heading, "concept.misspelled-" + kind, code, nearest.get(0));
        }
    }

    private static void texts(Cells cells, DataTable.Row row) {
        for (String heading : TEXTS) {
            cells.required(row, heading, heading.startsWith("label") ? "text.no-label" : "text.no-definition");
        }
    }

    /**
     * A label given twice. When one of the two concepts is deprecated in favour of the other, as when a
     * code is renamed the guide's way and the new row copies the old one's labels, the problem is put
     * at the deprecated concept's row: the label must stay with the concept in use.
     */
    private static void unique(Cells cells, DataTable.Row row, String heading, Map<String, String> seen, String code,
            Map<String, DataTable.Row> rows) {
        String label = cells.get(row, heading);
        if (label.isEmpty()) {
            return;
        }
        String other = seen.putIfAbsent(Folding.fold(label), code);
        if (other == null || other.equals(code)) {
            // A label shared by two rows of one code is the code given twice, told at the code (K35).
            return;
        }
        DataTable.Row otherRow = rows.get(other);
        if (replaces(cells, row, other)) {
            cells.problem(row, heading, "concept.label-of-former", label, code, other);
        } else if (otherRow != null && replaces(cells, otherRow, code)) {
            cells.problem(otherRow, heading, "concept.label-of-former", cells.get(otherRow, heading), other, code);
        } else {
            cells.problem(row, heading, "concept.duplicate-label", label, other);
        }
    }

    /** Whether the concept of a row is deprecated in favour of {@code code}. */
    private static boolean replaces(Cells cells, DataTable.Row row, String code) {
        return cells.get(row, "deprecated").equals("true") && cells.get(row, "replaced_by").equals(code);
    }

    private static boolean isIri(String term, Set<String> prefixes) {
        if (IRI.matcher(term).matches()) {
            return true;
        }
        int colon = term.indexOf(':');
        return colon > 0 && prefixes.contains(term.substring(0, colon)) && colon < term.length() - 1;
    }
}
