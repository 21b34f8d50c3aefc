package org.opdl.validator.report;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Lang;
import org.opdl.validator.rule.Messages;
import org.opdl.validator.rule.Rule;
import org.opdl.validator.rule.RuleRegistry;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a report as SARIF 2.1.0, so that findings appear in code-scanning tools. Every rule of the
 * catalogue is described under {@code tool.driver.rules}; each finding is a {@code result} with its
 * rule id, level, message, a physical location (file, and line and column when the source has them)
 * and a logical location (the JSON pointer). The fix hint goes in the result's properties.
 *
 * @param lang the language of messages
 * @param registry the rules to describe
 * @param version the tool's version
 */
public record SarifRenderer(Lang lang, RuleRegistry registry, String version) {

    /** The SARIF version written. */
    public static final String SARIF_VERSION = "2.1.0";
    /** The schema SARIF files declare. */
    public static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** The report as a SARIF log. */
    public ObjectNode tree(Report report) {
        Messages words = registry.messages();
        ObjectNode log = JSON.createObjectNode();
        log.put("$schema", SARIF_SCHEMA);
        log.put("version", SARIF_VERSION);
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "opdl");
        driver.put("version", version);
        driver.put("informationUri", "https://w3id.org/opdl/");
        ArrayNode rules = driver.putArray("rules");
        List<String> ids = new ArrayList<>();
        for (Rule r : registry.all()) {
            ids.add(r.id());
            ObjectNode d = rules.addObject();
            d.put("id", r.id());
            d.putObject("shortDescription").put("text", words.titleOrId(r.id()).in(lang));
            if (words.has(r.id() + ".meaning")) {
                d.putObject("fullDescription").put("text", words.meaning(r.id()).in(lang));
                d.putObject("help").put("text", words.fix(r.id()).in(lang));
            }
            d.putObject("defaultConfiguration").put("level", r.info().severity().sarif());
        }
        ArrayNode results = run.putArray("results");
        for (RuleGroup g : report.groups()) {
            for (Occurrence o : g.shown()) {
                Finding f = o.finding();
                ObjectNode res = results.addObject();
                res.put("ruleId", f.ruleId());
                int index = ids.indexOf(f.ruleId());
                if (index >= 0) {
                    res.put("ruleIndex", index);
                }
                res.put("level", f.severity().sarif());
                res.putObject("message").put("text", f.message(lang));
                ObjectNode loc = res.putArray("locations").addObject();
                ObjectNode physical = loc.putObject("physicalLocation");
                physical.putObject("artifactLocation").put("uri", f.location().source());
                region(f.location(), physical);
                if (!f.location().pointer().isEmpty()) {
                    loc.putArray("logicalLocations").addObject()
                            .put("fullyQualifiedName", f.location().pointer()).put("kind", "member");
                }
                ObjectNode props = res.putObject("properties");
                props.put("fix", f.fix().in(lang));
                props.put("where", f.location().describe(lang));
                props.put("listings", o.listings());
            }
        }
        return log;
    }

    private static void region(Location location, ObjectNode physical) {
        long line = location.line();
        long column = location instanceof Location.Json j ? j.column() : location instanceof Location.Text t ? t.column() : 0;
        if (line > 0) {
            ObjectNode region = physical.putObject("region");
            region.put("startLine", line);
            if (column > 0) {
                region.put("startColumn", column);
            }
        }
    }

    /** Writes the log. */
    public void render(Report report, Writer out) {
        JSON.writeValue(out, tree(report));
    }
}
