package org.opdl.validator.catalogue;

import java.util.ArrayList;
import java.util.List;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Lang;
import org.opdl.validator.rule.Messages;
import org.opdl.validator.rule.Rule;
import org.opdl.validator.rule.RuleRegistry;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rule catalogue for people and programs: every rule with its id, default severity, layer,
 * title, meaning, fix and conformance cases, in catalogue order. {@code opdl rules} prints it and
 * the documentation site renders it from the JSON form.
 */
public final class Catalogue {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Catalogue() {
    }

    /** The catalogue as JSON, in one language. */
    public static ObjectNode json(RuleRegistry registry, Lang lang) {
        Messages words = registry.messages();
        ObjectNode root = JSON.createObjectNode();
        root.put("lang", lang.tag());
        root.put("count", registry.all().size());
        ArrayNode rules = root.putArray("rules");
        for (Rule r : registry.all()) {
            ObjectNode n = rules.addObject();
            n.put("id", r.id());
            n.put("severity", r.info().severity().code());
            n.put("layer", r.info().layer().code());
            n.put("title", words.title(r.id()).in(lang));
            n.put("meaning", words.meaning(r.id()).in(lang));
            n.put("fix", words.fix(r.id()).in(lang));
            ArrayNode examples = n.putArray("examples");
            for (ConformanceCase c : Conformance.forRule(r.id())) {
                ObjectNode e = examples.addObject();
                e.put("name", c.name());
                e.put("passing", c.passing());
                e.put("asOf", c.asOf().toString());
                ArrayNode formats = e.putArray("formats");
                c.formats().forEach(formats::add);
                if (c.raw().isPresent()) {
                    e.put("raw", c.raw().get());
                } else {
                    e.set("changes", c.changes());
                }
                ArrayNode expect = e.putArray("expect");
                c.expect().forEach(expect::add);
            }
        }
        return root;
    }

    /** The catalogue as text, one block per rule. */
    public static List<String> text(RuleRegistry registry, Lang lang) {
        Messages words = registry.messages();
        List<String> out = new ArrayList<>();
        for (Rule r : registry.all()) {
            Severity s = r.info().severity();
            out.add(r.id() + "  [" + s.code() + ", " + r.info().layer().code() + "]  " + words.title(r.id()).in(lang));
            out.add("  " + words.meaning(r.id()).in(lang));
            out.add("  " + (CatalogueMessages.CATALOGUE_FIX.text().in(lang)) + words.fix(r.id()).in(lang));
            for (ConformanceCase c : Conformance.forRule(r.id())) {
                String what = c.raw().isPresent() ? c.raw().get().replace("\n", " ").strip() : JSON.writeValueAsString(c.changes());
                out.add("  " + (c.passing() ? (CatalogueMessages.CATALOGUE_PASSES.text().in(lang)) : (CatalogueMessages.CATALOGUE_FAILS.text().in(lang))) + c.name() + ": " + what
                        + (c.expect().isEmpty() ? "" : " → " + String.join("; ", c.expect())));
            }
            out.add("");
        }
        return out;
    }
}
