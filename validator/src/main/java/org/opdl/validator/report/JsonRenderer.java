package org.opdl.validator.report;

import java.io.Writer;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Lang;
import org.opdl.validator.rule.Messages;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a report as JSON for programs. The shape is published as a JSON Schema,
 * {@code org/opdl/validator/report.schema.json} ({@value #SCHEMA}): a summary of counts, the files
 * read, and one entry per rule with its kept findings, each with message, fix and location.
 *
 * @param lang the language of messages and fixes
 */
public record JsonRenderer(Lang lang) {

    /** The {@code $id} of the report's JSON Schema. */
    public static final String SCHEMA = "https://w3id.org/opdl/schema/validation-report/0.1.json";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** The report as a JSON tree. */
    public ObjectNode tree(Report report) {
        Messages words = Messages.standard();
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("asOf", report.asOf().toString());
        root.put("lang", lang.tag());
        ObjectNode summary = root.putObject("summary");
        summary.put("files", report.files().size());
        summary.put("listings", report.listings());
        for (Severity s : Severity.values()) {
            summary.put(s.code(), report.count(s));
        }
        ArrayNode files = root.putArray("files");
        for (FileSummary f : report.files()) {
            files.addObject().put("source", f.source()).put("listings", f.listings()).put("complete", f.complete());
        }
        ArrayNode rules = root.putArray("rules");
        for (RuleGroup g : report.groups()) {
            ObjectNode r = rules.addObject();
            r.put("id", g.ruleId());
            r.put("severity", g.severity().code());
            r.put("title", words.titleOrId(g.ruleId()).in(lang));
            r.put("count", g.count());
            r.put("omitted", g.omitted());
            ArrayNode findings = r.putArray("findings");
            for (Occurrence o : g.shown()) {
                Finding f = o.finding();
                ObjectNode n = findings.addObject();
                n.put("message", f.message(lang));
                n.put("fix", f.fix().in(lang));
                n.put("listings", o.listings());
                Locations.write(f.location(), n.putObject("location"));
            }
        }
        return root;
    }

    /** Writes the report. */
    public void render(Report report, Writer out) {
        JSON.writeValue(out, tree(report));
    }
}
