package org.opdl.validator.landscape;

import java.util.List;
import java.util.Map;
import org.opdl.model.text.Lang;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes every figure of a landscape as JSON for other tools. Its shape is also the address of each
 * figure: the HTML and Markdown reports mark a number with the JSON pointer of the same figure here
 * ({@code /distributions/program-type/counts/mentorship}), so the two can be checked against each other.
 */
public final class JsonLandscape {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private JsonLandscape() {
    }

    /** The landscape as JSON text, with the labels of codes in {@code lang}. */
    public static String write(Landscape l, Lang lang) {
        return JSON.writeValueAsString(tree(l, lang)) + "\n";
    }

    /** The landscape as a JSON tree. */
    public static ObjectNode tree(Landscape l, Lang lang) {
        Labels labels = new Labels(lang);
        ObjectNode root = JSON.createObjectNode();
        root.put("lang", lang.tag());
        root.put("listings", l.listings());
        root.put("included", l.included());
        root.put("repeated", l.repeated());
        ObjectNode excluded = root.putObject("excluded");
        l.excluded().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> excluded.put(e.getKey(), e.getValue()));
        ObjectNode dists = root.putObject("distributions");
        for (Landscape.Distribution d : l.distributions()) {
            ObjectNode n = dists.putObject(d.dimension());
            n.put("label", labels.dimension(d.dimension()));
            n.put("base", d.base());
            n.put("notStated", d.notStated());
            ObjectNode counts = n.putObject("counts");
            ObjectNode names = n.putObject("labels");
            d.counts().forEach((code, count) -> {
                counts.put(code, count);
                names.put(code, labels.code(d.dimension(), code));
            });
        }
        gaps(root.putObject("gaps"), l.gaps());
        wordings(root.putObject("wordings"), l.wordings());
        quality(root.putObject("quality"), l.quality());
        ObjectNode cmp = root.putObject("comparisons");
        for (Landscape.Comparison c : l.comparisons()) {
            ObjectNode o = cmp.putObject(c.id()).put("count", c.count()).put("base", c.base()).put("industry", c.industry());
            // a share of no listing neither agrees nor differs: null, and the verdict says why
            if (c.comparable()) {
                o.put("agrees", c.agrees());
            } else {
                o.putNull("agrees");
            }
            o.put("verdict", c.verdict()).put("text", labels.comparison(c));
        }
        return root;
    }

    private static void gaps(ObjectNode n, Landscape.Gaps g) {
        n.put("openListings", g.openListings());
        n.put("openByDates", g.openByDates());
        n.put("pastDeadline", g.pastDeadline());
        matrix(n.putObject("stageRegion"), g.stageRegion());
        matrix(n.putObject("stageType"), g.stageType());
        strings(n.putArray("feeOnlyOpen"), g.feeOnlyOpen());
        strings(n.putArray("feeOnlyAll"), g.feeOnlyAll());
        strings(n.putArray("noFrenchOpen"), g.noFrenchOpen());
        strings(n.putArray("noFrenchAll"), g.noFrenchAll());
    }

    private static void matrix(ObjectNode n, Landscape.Matrix m) {
        ObjectNode open = n.putObject("open");
        m.open().forEach((row, cols) -> cols.forEach((col, v) -> open.withObjectProperty(row).put(col, v)));
        ObjectNode all = n.putObject("all");
        m.all().forEach((row, cols) -> cols.forEach((col, v) -> all.withObjectProperty(row).put(col, v)));
    }

    private static void wordings(ObjectNode n, Landscape.StageWordings w) {
        n.put("listings", w.listings());
        n.put("distinct", w.distinct());
        n.put("mapped", w.mapped());
        n.put("unmappedCount", w.unmapped().size());
        n.put("complete", w.complete());
        ObjectNode byStage = n.putObject("byStage");
        w.byStage().forEach((stage, list) -> wordingList(byStage.putArray(stage), list));
        wordingList(n.putArray("unmapped"), w.unmapped());
    }

    private static void wordingList(ArrayNode a, List<Landscape.Wording> list) {
        for (Landscape.Wording x : list) {
            ObjectNode o = a.addObject().put("text", x.text()).put("lang", x.lang()).put("listings", x.listings());
            strings(o.putArray("stages"), x.stages());
        }
    }

    private static void quality(ObjectNode n, Landscape.Quality q) {
        n.put("listings", q.listings());
        n.put("passing", q.passing());
        completeness(n.putObject("facts"), q.facts());
        ObjectNode providers = n.putObject("providers");
        for (Landscape.ProviderQuality p : q.providers()) {
            ObjectNode o = providers.putObject(p.provider()).put("listings", p.listings()).put("passing", p.passing());
            completeness(o.putObject("facts"), p.facts());
        }
    }

    private static void completeness(ObjectNode n, Map<String, Landscape.Completeness> facts) {
        facts.forEach((fact, c) -> n.putObject(fact).put("stated", c.stated()).put("none", c.none())
                .put("notStated", c.notStated()));
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }
}
