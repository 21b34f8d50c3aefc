package org.opdl.validator.rules;

import java.util.List;
import org.opdl.model.finding.Severity;

/**
 * The rules the format readers apply while they read a file: syntax errors and safety limits that
 * stop a file, and the notes a reader makes about what it noticed (an encoding, a normalised label,
 * a heading it does not know, a cell a spreadsheet damaged). They are listed here so that
 * {@code opdl rules} documents them and {@code --rule} can turn them off or change their severity;
 * the readers in the schema module give each finding its own words and location.
 */
final class ReaderRules {

    private ReaderRules() {
    }

    /** Every reader rule, syntax and limits first, then the notes, in catalogue order. */
    static List<Rule> all() {
        return List.of(
                reader("opdl.syntax.json", Severity.ERROR),
                reader("opdl.syntax.empty", Severity.ERROR),
                reader("opdl.syntax.csv", Severity.ERROR),
                reader("opdl.syntax.encoding", Severity.ERROR),
                reader("opdl.syntax.rdf", Severity.ERROR),
                reader("opdl.syntax.jsonld-context", Severity.ERROR),
                reader("opdl.syntax.rdfxml-dtd", Severity.ERROR),
                reader("opdl.syntax.ntriples-order", Severity.ERROR),
                reader("opdl.limit.json", Severity.ERROR),
                reader("opdl.limit.ndjson", Severity.ERROR),
                reader("opdl.limit.csv", Severity.ERROR),
                reader("opdl.limit.rdf", Severity.ERROR),
                reader("opdl.limit.file", Severity.ERROR),
                reader("opdl.limit.time", Severity.ERROR),
                reader("opdl.convert.unmappable", Severity.ERROR),
                reader("opdl.ndjson.bom", Severity.INFO),
                reader("opdl.ndjson.blank-lines", Severity.INFO),
                reader("opdl.csv.encoding", Severity.WARNING),
                reader("opdl.csv.delimiter", Severity.INFO),
                reader("opdl.csv.unknown-heading", Severity.ERROR),
                reader("opdl.csv.duplicate-heading", Severity.WARNING),
                reader("opdl.csv.blank-rows", Severity.INFO),
                reader("opdl.csv.blank-columns", Severity.INFO),
                reader("opdl.csv.formula", Severity.WARNING),
                reader("opdl.csv.stray-spaces", Severity.WARNING),
                reader("opdl.csv.excel-date", Severity.WARNING),
                reader("opdl.csv.excel-number", Severity.WARNING),
                reader("opdl.csv.label-normalised", Severity.INFO),
                reader("opdl.csv.number-normalised", Severity.INFO),
                reader("opdl.csv.date-normalised", Severity.INFO),
                reader("opdl.csv.unreadable", Severity.ERROR));
    }

    private static Rule reader(String id, Severity severity) {
        return new ReaderRule(new RuleInfo(id, severity, Layer.SYNTAX));
    }
}
