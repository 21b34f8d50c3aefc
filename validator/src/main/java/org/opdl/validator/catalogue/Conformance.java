package org.opdl.validator.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opdl.schema.format.Limits;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Loads the conformance cases of rules from {@code org/opdl/validator/conformance/} on the
 * classpath. Each rule has one file, {@code <rule-id>.json}, holding {@code {"cases": [...]}}; a
 * case gives its {@code name}, optionally {@code formats} (default: json, csv and ttl), {@code asOf}
 * (default {@value #DEFAULT_AS_OF}), {@code expect} (every finding expected), and either
 * {@code listing} (a JSON Merge Patch of the base listing), {@code listings} (several patches, for
 * rules that compare listings) or {@code raw} (the file's text, in the case's first format). A raw
 * case may give {@code charset} (the encoding its text is saved in, default UTF-8) and
 * {@code limits} (any of {@code maxDepth}, {@code maxStringLength}, {@code maxRecordBytes},
 * {@code maxFileBytes}, {@code maxRecords}, {@code maxRows}, {@code maxCells}, and the ISO 8601 durations
 * {@code recordTime} and {@code jsonLdTime}) and {@code pad} (a number of characters {@code x} added to the
 * text as it is read), so that encodings and safety limits can be shown with small files; the validator
 * runs the case under the same limits.
 */
public final class Conformance {

    /** The date cases are checked as of unless they say otherwise. */
    public static final String DEFAULT_AS_OF = "2025-02-01";
    /** The formats a case applies to unless it says otherwise. */
    public static final List<String> ALL_FORMATS = List.of("json", "csv", "ttl");

    private static final String FOLDER = "/org/opdl/validator/conformance/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Conformance() {
    }

    /** The valid listing every case starts from. */
    public static ObjectNode base() {
        return (ObjectNode) read("base-listing.json").orElseThrow(() -> new IllegalStateException("no base listing"));
    }

    /** The cases of a rule, in file order; empty when the rule has none. */
    public static List<ConformanceCase> forRule(String ruleId) {
        Optional<JsonNode> file = read(ruleId + ".json");
        if (file.isEmpty()) {
            return List.of();
        }
        ObjectNode base = base();
        List<ConformanceCase> out = new ArrayList<>();
        for (JsonNode c : file.get().path("cases")) {
            List<String> formats = new ArrayList<>();
            c.path("formats").forEach(f -> formats.add(f.asString()));
            List<String> expect = new ArrayList<>();
            c.path("expect").forEach(e -> expect.add(e.asString()));
            List<ObjectNode> listings = new ArrayList<>();
            JsonNode changes = c.has("listings") ? c.get("listings") : c.get("listing");
            if (changes != null) {
                (c.has("listings") ? changes : List.of(changes)).forEach(p -> listings.add(patched(base, p)));
            }
            Optional<String> raw = c.has("raw") ? Optional.of(c.get("raw").asString()) : Optional.empty();
            out.add(new ConformanceCase(ruleId, c.path("name").asString(),
                    formats.isEmpty() ? ALL_FORMATS : formats,
                    LocalDate.parse(c.path("asOf").asString(DEFAULT_AS_OF)),
                    expect, changes == null ? JSON.createObjectNode() : changes, listings, raw,
                    Charset.forName(c.path("charset").asString("UTF-8")), limits(c.path("limits")), c.path("pad").asInt(0)));
        }
        return out;
    }

    private static Limits limits(JsonNode l) {
        Limits d = Limits.DEFAULT;
        return new Limits(l.path("maxDepth").asInt(d.maxDepth()), l.path("maxStringLength").asInt(d.maxStringLength()),
                d.maxNameLength(), d.maxNumberLength(), l.path("maxFileBytes").asLong(d.maxFileBytes()),
                l.path("maxRecordBytes").asInt(d.maxRecordBytes()), l.path("maxRecords").asLong(d.maxRecords()),
                l.path("maxRows").asLong(d.maxRows()), l.path("maxCells").asInt(d.maxCells()),
                d.regexTime(), duration(l.path("recordTime"), d.recordTime()), duration(l.path("jsonLdTime"), d.jsonLdTime()));
    }

    private static Duration duration(JsonNode n, Duration otherwise) {
        return n.isString() ? Duration.parse(n.asString()) : otherwise;
    }

    /** Applies a JSON Merge Patch (RFC 7396) to a copy of the target. */
    static ObjectNode patched(ObjectNode target, JsonNode patch) {
        ObjectNode out = target.deepCopy();
        if (patch != null && patch.isObject()) {
            merge(out, patch);
        }
        return out;
    }

    private static void merge(ObjectNode target, JsonNode patch) {
        for (Map.Entry<String, JsonNode> e : patch.properties()) {
            JsonNode value = e.getValue();
            if (value.isNull()) {
                target.remove(e.getKey());
            } else if (value.isObject() && target.get(e.getKey()) instanceof ObjectNode inner) {
                merge(inner, value);
            } else {
                target.set(e.getKey(), value.deepCopy());
            }
        }
    }

    private static Optional<JsonNode> read(String name) {
        try (InputStream in = Conformance.class.getResourceAsStream(FOLDER + name)) {
            return in == null ? Optional.empty() : Optional.of(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
