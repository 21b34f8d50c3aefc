package org.opdl.validator.match;

import java.util.List;
import java.util.Locale;
import org.opdl.model.text.Lang;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes matches as JSON for other tools, with the reasons in the language asked. */
public final class MatchJson {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private MatchJson() {
    }

    /** The matches as JSON text. */
    public static String write(Matches m, Lang lang) {
        ObjectNode root = JSON.createObjectNode();
        root.put("stage", m.stage());
        root.put("date", m.profile().date().toString());
        root.put("read", m.read());
        root.put("notFitting", m.notFitting());
        root.put("closed", m.closed());
        list(root.putArray("fits"), m.fits(), lang);
        list(root.putArray("nearMisses"), m.nearMisses(), lang);
        return JSON.writeValueAsString(root) + "\n";
    }

    private static void list(ArrayNode a, List<Match> matches, Lang lang) {
        for (Match m : matches) {
            ObjectNode o = a.addObject().put("id", m.id()).put("title", Match.in(m.title(), lang.tag()))
                    .put("provider", Match.in(m.provider(), lang.tag())).put("url", m.url()).put("status", m.status())
                    .put("verdict", m.verdict().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            m.deadline().ifPresent(d -> o.put("deadline", d.toString()));
            ArrayNode checks = o.putArray("checks");
            for (Match.Check c : m.checks()) {
                checks.addObject().put("criterion", c.criterion())
                        .put("outcome", c.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                        .put("reason", c.reason().in(lang)).put("near", c.near());
            }
        }
    }
}
