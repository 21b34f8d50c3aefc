package org.opdl.validator.match;

import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opdl.model.text.Lang;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes matches as JSON for other tools, with the reasons in the language asked. The JSON is
 * streamed to the writer a match at a time, so that a large answer is never held twice.
 */
public final class MatchJson {

    // The writer belongs to the caller: closing the generator must not close it. The JSON is for
    // tools, so it is compact: indenting made a third of a large answer's bytes.
    private static final JsonMapper JSON = JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private MatchJson() {
    }

    /** The matches as JSON text. */
    public static String write(Matches m, Lang lang) {
        StringWriter out = new StringWriter();
        write(m, lang, out);
        return out.toString();
    }

    /** Writes the matches as JSON to {@code out}, ending with a line break; the writer is flushed, not closed. */
    public static void write(Matches m, Lang lang, Writer out) {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringProperty("stage", m.stage());
            g.writeStringProperty("date", m.profile().date().toString());
            g.writeNumberProperty("read", m.read());
            g.writeNumberProperty("notFitting", m.notFitting());
            g.writeNumberProperty("closed", m.closed());
            g.writeNumberProperty("repeated", m.repeated());
            list(g, "fits", m.fits(), lang);
            list(g, "nearMisses", m.nearMisses(), lang);
            if (!m.others().isEmpty()) {
                list(g, "doNotFit", m.others(), lang);
            }
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void list(JsonGenerator g, String name, List<Match> matches, Lang lang) {
        g.writeArrayPropertyStart(name);
        for (Match m : matches) {
            g.writeStartObject();
            g.writeStringProperty("id", m.id());
            g.writeStringProperty("title", Match.in(m.title(), lang.tag()));
            g.writeStringProperty("provider", Match.in(m.provider(), lang.tag()));
            if (!m.partners().isEmpty()) {
                g.writeArrayPropertyStart("partners");
                for (Map<String, String> p : m.partners()) {
                    g.writeString(Match.in(p, lang.tag()));
                }
                g.writeEndArray();
            }
            g.writeStringProperty("url", m.url());
            g.writeStringProperty("status", m.status());
            g.writeStringProperty("verdict", code(m.verdict()));
            if (m.deadline().isPresent()) {
                g.writeStringProperty("deadline", m.deadline().get().toString());
                m.deadlinePlace().ifPresent(p -> g.writeStringProperty("deadlinePlace", p.in(lang)));
            }
            g.writeArrayPropertyStart("checks");
            for (Match.Check c : m.checks()) {
                g.writeStartObject();
                g.writeStringProperty("criterion", c.criterion());
                g.writeStringProperty("outcome", code(c.outcome()));
                g.writeStringProperty("reason", c.reason().in(lang));
                g.writeBooleanProperty("near", c.near());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static String code(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
