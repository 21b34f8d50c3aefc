package org.opdl.schema.rdf;

import java.util.HashMap;
import java.util.Map;
import org.opdl.model.finding.Location;
import org.opdl.model.vocab.Iris;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.ReaderRule;
import org.opdl.schema.shape.Values;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Where a JSON-LD document writes a property by its address ({@code "http://xmlns.com/foaf/0.1/nick"},
 * {@code "opdl:nickname"}), so that a property the standard does not have is refused at the key that
 * names it, in an {@code @included} node as in a listing, rather than at an RDF subject and predicate
 * with no line. It also refuses, at its key, an object held in a type map or an id map (a term that a
 * local context gives {@code "@container": "@type"} or {@code "@id"}): JSON-LD reads such an object
 * without the field's own context, so that its texts lose their languages and its lists their order,
 * without a word; and an object held in a graph container ({@code "@container": "@graph"}), which
 * JSON-LD puts in a graph of its own; and an object held by a term of the OPDL context that a local
 * context defines again without the term's own context ({@code "provider": {"@id": …, "@container":
 * "@set"}}), which JSON-LD reads without what the OPDL context says of its fields. The context may be written before the data or after it, in the
 * same object.
 */
final class JsonLdKeys {

    /** What {@code containers} holds for a term of the OPDL context defined again without a context of its own. */
    private static final String REDEFINED = "redefined";

    private JsonLdKeys() {
    }

    /**
     * The first place of each key that names a property by its address, as written.
     *
     * @throws ReadException at the key of an object held in a type map, an id map or a graph container
     */
    static Map<String, Location.Json> read(String source, byte[] bytes, Limits limits) {
        Map<String, String> containers = new HashMap<>();
        Map<String, Location.Json> keys = scan(source, bytes, limits, containers);
        if (!containers.isEmpty()) {
            // A context applies to the whole object that holds it, wherever it is written in it: a
            // second pass knows the type maps of the contexts written after the data they govern.
            scan(source, bytes, limits, containers);
        }
        return keys;
    }

    /** One pass: the keys written by address, each term a context makes a type map, an id map or a graph container added to {@code containers}. */
    private static Map<String, Location.Json> scan(String source, byte[] bytes, Limits limits, Map<String, String> containers) {
        JsonFactory factory = ScanFactory.of(limits);
        Map<String, Location.Json> keys = new HashMap<>();
        try (JsonParser p = factory.createParser(ObjectReadContext.empty(), bytes)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t != JsonToken.PROPERTY_NAME) {
                    continue;
                }
                String name = p.currentName();
                if (inContext(p)) {
                    if (termDefinition(p) && ScopedTerms.has(name)) {
                        // Put first, so that a map or a graph container said in the same definition wins.
                        containers.putIfAbsent(name, REDEFINED);
                        if (p.nextToken() != JsonToken.START_OBJECT) {
                            p.skipChildren();
                        }
                        continue;
                    }
                    if ("@context".equals(name)) {
                        // A definition that gives the term a context of its own keeps the fields' meaning.
                        TokenStreamContext definition = p.streamReadContext().getParent();
                        if (definition != null && definition.currentName() != null) {
                            containers.remove(definition.currentName(), REDEFINED);
                        }
                    }
                    String container = "@container".equals(name) ? container(p) : null;
                    TokenStreamContext definition = p.streamReadContext().getParent();
                    if (container != null && definition != null && definition.currentName() != null) {
                        containers.put(definition.currentName(), container);
                    }
                    continue;
                }
                if (!name.startsWith("@") && name.indexOf(':') > 0) {
                    keys.putIfAbsent(name, place(source, p));
                }
                String container = containers.get(name);
                if (container != null) {
                    Location.Json at = place(source, p);
                    JsonToken value = p.nextToken();
                    if (container.equals(REDEFINED)) {
                        if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY && holdsObject(p)) {
                            throw new ReadException(ReaderRule.CONVERT_UNMAPPABLE, at,
                                    RdfMessages.JSON_LD_TERM_REDEFINED.text(name), RdfMessages.JSON_LD_TERM_REDEFINED_FIX.text(name));
                        }
                    } else if (container.equals("@graph") && (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY && holdsObject(p))) {
                        throw new ReadException(ReaderRule.CONVERT_UNMAPPABLE, at,
                                RdfMessages.JSON_LD_GRAPH_CONTAINER.text(name), RdfMessages.JSON_LD_GRAPH_CONTAINER_FIX.text(name));
                    } else if (value == JsonToken.START_OBJECT && !container.equals("@graph")) {
                        refuseObjectIn(source, name, container, p);
                    }
                }
            }
        }
        return keys;
    }

    /** The place of {@code predicate} among {@code keys}: written in full, or with one of the standard's prefixes. */
    static Location.Json of(Map<String, Location.Json> keys, String predicate) {
        Location.Json at = keys.get(predicate);
        if (at == null && predicate.startsWith(Iris.term(""))) {
            at = keys.get("opdl:" + predicate.substring(Iris.term("").length()));
        }
        return at != null ? at : keys.get(Values.compact(predicate));
    }

    /**
     * Reads the value of {@code "@container"}: {@code "@graph"}, {@code "@type"} or {@code "@id"} when it
     * is one of them or a list that holds one ({@code "@graph"} first, as a graph is made whatever the
     * map), otherwise null.
     */
    private static String container(JsonParser p) {
        JsonToken value = p.nextToken();
        String found = null;
        if (value == JsonToken.VALUE_STRING) {
            found = kept(p.getString(), null);
        } else if (value == JsonToken.START_ARRAY) {
            while ((value = p.nextToken()) != JsonToken.END_ARRAY && value != null) {
                found = value == JsonToken.VALUE_STRING ? kept(p.getString(), found) : found;
            }
        } else {
            p.skipChildren();
        }
        return found;
    }

    private static String kept(String container, String before) {
        if ("@graph".equals(container) || "@graph".equals(before)) {
            return "@graph";
        }
        return "@type".equals(container) || "@id".equals(container) ? container : before;
    }

    /** Goes through the type map or id map just opened, and refuses its first entry that holds an object. */
    private static void refuseObjectIn(String source, String term, String container, JsonParser p) {
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
            String type = p.currentName();
            Location.Json at = place(source, p);
            JsonToken value = p.nextToken();
            if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY && holdsObject(p)) {
                throw container.equals("@id")
                        ? new ReadException(ReaderRule.CONVERT_UNMAPPABLE, at, RdfMessages.JSON_LD_ID_MAP.text(term, type),
                                RdfMessages.JSON_LD_ID_MAP_FIX.text(term, type))
                        : new ReadException(ReaderRule.CONVERT_UNMAPPABLE, at, RdfMessages.JSON_LD_TYPE_MAP.text(term, type),
                                RdfMessages.JSON_LD_TYPE_MAP_FIX.text(term, type));
            }
            p.skipChildren();
        }
        if (t != JsonToken.END_OBJECT) {
            p.skipChildren();
        }
    }

    /** Reads the array just opened to its end: true when one of its items is an object. */
    private static boolean holdsObject(JsonParser p) {
        boolean object = false;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
            object |= t == JsonToken.START_OBJECT;
            p.skipChildren();
        }
        return object;
    }

    /** True when the key just read is a term defined in a document's context: a key of the context object, alone or in a list. */
    private static boolean termDefinition(JsonParser p) {
        TokenStreamContext holder = p.streamReadContext().getParent();
        if (holder != null && holder.inArray()) {
            holder = holder.getParent();
        }
        if (holder == null || !"@context".equals(holder.currentName())) {
            return false;
        }
        // A term of a scoped context inside a definition (the prefix "provider" of an organisation) is not one.
        for (TokenStreamContext c = holder.getParent(); c != null; c = c.getParent()) {
            if ("@context".equals(c.currentName())) {
                return false;
            }
        }
        return true;
    }

    /** True when the key just read is inside a {@code @context}, at any depth. */
    private static boolean inContext(JsonParser p) {
        for (TokenStreamContext c = p.streamReadContext().getParent(); c != null; c = c.getParent()) {
            if ("@context".equals(c.currentName())) {
                return true;
            }
        }
        return false;
    }

    private static Location.Json place(String source, JsonParser p) {
        var at = p.currentTokenLocation();
        return new Location.Json(source, -1, p.streamReadContext().pathAsPointer().toString(), at.getLineNr(), at.getColumnNr());
    }
}
