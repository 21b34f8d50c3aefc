package org.opdl.schema.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opdl.model.definition.StandardDefinition;
import org.opdl.model.text.Text;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a 0.1 document (a listing, an array of listings or a dataset, as JSON) into 0.2 without
 * loss. Every 0.1 field keeps its name and meaning in 0.2, so only three things change: the
 * context address, the dataset's {@code standardVersion}, and the facts 0.1 read as <em>none</em>
 * when absent, which 0.2 would read as <em>not stated</em>: a 0.1 listing without fees was free, so
 * it gains {@code "statedNone": ["no-fees"]} (docs/changes-0.2.md, ADR 7).
 */
public final class Migration {

    /** The version this migration reads. */
    public static final String FROM = "0.1";
    /** The context address of 0.1. */
    public static final String CONTEXT_0_1 = "https://w3id.org/opdl/context/0.1.jsonld";
    /** The code that says a 0.1 listing without fees is free. */
    public static final String NO_FEES = "no-fees";

    /**
     * The migrated document and what changed, one line per change.
     *
     * @param document the 0.2 document, a new tree
     * @param changes what was changed, in English and French, in document order
     */
    public record Result(JsonNode document, List<Text> changes) {
        /** Copies the list. */
        public Result {
            changes = List.copyOf(changes);
        }
    }

    private Migration() {
    }

    /**
     * The version a document declares: its dataset's {@code standardVersion}, else the version in
     * its (or its first listing's) context address; empty when it says none.
     */
    public static Optional<String> declaredVersion(JsonNode document) {
        if (document.isObject() && document.path("standardVersion").isString()) {
            return Optional.of(document.get("standardVersion").asString());
        }
        JsonNode first = document.isArray() ? document.path(0) : document;
        if (document.isObject() && document.has("listings") && !document.has("@context")) {
            first = document.path("listings").path(0);
        }
        JsonNode context = document.isObject() && document.has("@context") ? document.get("@context") : first.path("@context");
        if (context.isString()) {
            String iri = context.asString();
            if (iri.equals(CONTEXT_0_1)) {
                return Optional.of(FROM);
            }
            if (iri.equals(StandardDefinition.contextIri())) {
                return Optional.of(StandardDefinition.version());
            }
        }
        return Optional.empty();
    }

    /** The 0.2 form of a 0.1 document: a listing, an array of listings, or a dataset. */
    public static Result from01(JsonNode document) {
        JsonNode copy = document.deepCopy();
        List<Text> changes = new ArrayList<>();
        if (copy.isArray()) {
            listings((ArrayNode) copy, "", changes);
        } else if (copy.isObject()) {
            ObjectNode o = (ObjectNode) copy;
            if (o.has("listings") || o.has("standardVersion")) {
                context(o, "", changes);
                version(o, changes);
                if (o.path("listings").isArray()) {
                    listings((ArrayNode) o.get("listings"), "/listings", changes);
                }
            } else {
                listing(o, "", changes);
            }
        }
        return new Result(copy, changes);
    }

    /** The 0.2 form of one 0.1 listing, {@code at} being its pointer in the document, for the changes. */
    public static Result listing(ObjectNode listing, String at) {
        ObjectNode copy = listing.deepCopy();
        List<Text> changes = new ArrayList<>();
        listing(copy, at, changes);
        return new Result(copy, changes);
    }

    /** The 0.2 form of a 0.1 dataset's own fields (all but its listings): its context and version. */
    public static Result datasetFields(ObjectNode fields) {
        ObjectNode copy = fields.deepCopy();
        List<Text> changes = new ArrayList<>();
        context(copy, "", changes);
        version(copy, changes);
        return new Result(copy, changes);
    }

    private static void version(ObjectNode o, List<Text> changes) {
        if (o.path("standardVersion").isString() && o.get("standardVersion").asString().equals(FROM)) {
            o.put("standardVersion", StandardDefinition.version());
            changes.add(MigrateMessages.STANDARDVERSION_0_1.text(StandardDefinition.version()));
        }
    }

    private static void listings(ArrayNode array, String base, List<Text> changes) {
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).isObject()) {
                listing((ObjectNode) array.get(i), base + "/" + i, changes);
            }
        }
    }

    private static void listing(ObjectNode listing, String at, List<Text> changes) {
        context(listing, at, changes);
        if (!listing.has("fees") && !listing.has("statedNone")) {
            listing.putArray("statedNone").add(NO_FEES);
            changes.add(MigrateMessages.STATEDNONE_NO_FEES.text(at));
        }
    }

    private static void context(ObjectNode node, String at, List<Text> changes) {
        JsonNode c = node.get("@context");
        if (c != null && c.isString() && c.asString().equals(CONTEXT_0_1)) {
            node.put("@context", StandardDefinition.contextIri());
            changes.add(MigrateMessages.CONTEXT_0_2.text(at));
        }
    }
}
