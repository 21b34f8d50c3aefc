package org.opdl.schema.rdf;

import java.util.Set;
import org.opdl.schema.format.ReaderRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opdl.model.finding.Location;
import org.opdl.model.vocab.Iris;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.shape.Values;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.json.JsonFactory;
import java.util.Arrays;

/**
 * The ids of a JSON-LD document in the order they are written, read before Jena turns the document
 * into triples: JSON-LD processors list nodes in an order of their own, and the listings must come
 * back in the file's order. The same pass refuses a blank node id ({@code "id": "_:b1"}), which
 * JSON-LD keeps only as an anonymous node, so the id would be lost without a word, and notes an id
 * that two node objects describe, which JSON-LD would merge into one node without a word. It also
 * refuses an organisation described apart, at the top of the {@code @graph}: the OPDL context gives
 * an organisation's fields their meaning only inside the field that holds it, and one described in
 * an {@code @included} node, for the same reason. It keeps where each
 * {@code @graph} written inside another object is, since JSON-LD makes a named graph of it, named by
 * a blank node the author never wrote. It refuses {@code @reverse} at its key, a link turned around
 * that the standard never writes, and keeps where each context is named, to place its refusal.
 */
final class JsonLdIds {

    /** How a JSON-LD node names the organisation class. */
    private static final Set<String> ORGANISATION_TYPES = Set.of("Organization", "opdl:Organization",
            Iris.term("Organization"));

    private JsonLdIds() {
    }

    /**
     * The ids of a document: the position of each (expanded to an IRI; the first written has
     * position 0), and for an id given to two node objects that each describe it (with a key
     * besides the id and the context), where the second is and the line of the first; and where in
     * the document the first object that describes each id is; and the JSON pointers of the
     * {@code @graph} keys written below the top object, in the file's order.
     */
    record Written(Map<String, Integer> positions, Map<String, Second> twice, Map<String, String> objects, List<String> graphs,
            Map<String, Location> contexts) {

        /** The JSON pointer, in the document, of the first object that describes {@code iri}, or null. */
        String object(String iri) {
            return objects.get(iri);
        }

        /**
         * {@code e} placed at the {@code @context} value it refuses, when the processor gave it no line:
         * the refusal names the address, which is found where the document first writes it.
         */
        ReadException placed(ReadException e) {
            if (e.rule() != ReaderRule.SYNTAX_JSONLD_CONTEXT || e.location().line() > 0) {
                return e;
            }
            for (Map.Entry<String, Location> c : contexts.entrySet()) {
                if (e.text().en().contains(" " + c.getKey() + ",")) {
                    return new ReadException(e.rule(), c.getValue(), e.text(), e.fix());
                }
            }
            return e;
        }
    }

    /** The second node object that describes an id: its line and column, and the first one's line. */
    record Second(long line, long column, long firstLine) {
    }

    /**
     * The ids of {@code bytes}, which the JSON reader's scan has already checked.
     */
    static Written read(String source, byte[] bytes, Limits limits) {
        JsonFactory factory = ScanFactory.of(limits);
        Map<String, Integer> positions = new HashMap<>();
        Map<String, Long> described = new HashMap<>();
        Map<String, Second> twice = new HashMap<>();
        Map<String, String> objects = new HashMap<>();
        List<String> graphs = new ArrayList<>();
        Map<String, Location> contexts = new HashMap<>();
        // One slot per open object, reused: the id it gives, where, and whether it says more than its id.
        String[] ids = new String[16];
        long[][] places = new long[16][2];
        String[] pointers = new String[16];
        boolean[] more = new boolean[16];
        // For an object straight under the top "@graph": where it starts, and whether it is an organisation.
        boolean[] top = new boolean[16];
        boolean[] organisation = new boolean[16];
        // For an object in an "@included": where it is, and whether it writes a term of the context.
        String[] included = new String[16];
        long[][] opened = new long[16][2];
        boolean[] terms = new boolean[16];
        long[] start = new long[2];
        int depth = -1;
        try (JsonParser p = factory.createParser(ObjectReadContext.empty(), bytes)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.START_OBJECT) {
                    if (++depth == ids.length) {
                        ids = Arrays.copyOf(ids, depth * 2);
                        places = Arrays.copyOf(places, depth * 2);
                        pointers = Arrays.copyOf(pointers, depth * 2);
                        for (int i = depth; i < places.length; i++) {
                            places[i] = new long[2];
                        }
                        more = Arrays.copyOf(more, depth * 2);
                        top = Arrays.copyOf(top, depth * 2);
                        organisation = Arrays.copyOf(organisation, depth * 2);
                        included = Arrays.copyOf(included, depth * 2);
                        terms = Arrays.copyOf(terms, depth * 2);
                        opened = Arrays.copyOf(opened, depth * 2);
                        for (int i = depth; i < opened.length; i++) {
                            opened[i] = new long[2];
                        }
                    }
                    ids[depth] = null;
                    more[depth] = false;
                    organisation[depth] = false;
                    top[depth] = depth == 1 && inTopGraph(p);
                    terms[depth] = false;
                    included[depth] = inIncluded(p) ? p.streamReadContext().pathAsPointer().toString() : null;
                    opened[depth][0] = p.currentTokenLocation().getLineNr();
                    opened[depth][1] = p.currentTokenLocation().getColumnNr();
                    if (top[depth]) {
                        start[0] = p.currentTokenLocation().getLineNr();
                        start[1] = p.currentTokenLocation().getColumnNr();
                    }
                } else if (t == JsonToken.END_OBJECT) {
                    if (top[depth] && organisation[depth] && more[depth]) {
                        throw organisationApart(source, ids[depth], start);
                    }
                    if (included[depth] != null && organisation[depth] && terms[depth]) {
                        throw organisationIncluded(source, ids[depth], included[depth], opened[depth]);
                    }
                    if (ids[depth] != null && more[depth]) {
                        Long first = described.putIfAbsent(ids[depth], places[depth][0]);
                        if (first != null) {
                            twice.putIfAbsent(ids[depth], new Second(places[depth][0], places[depth][1], first));
                        } else {
                            objects.put(ids[depth], pointers[depth]);
                        }
                    }
                    depth--;
                } else if (t == JsonToken.PROPERTY_NAME && depth >= 0) {
                    String name = p.currentName();
                    if ("@reverse".equals(name)) {
                        throw reversed(source, p);
                    }
                    if (depth >= 1 && "@graph".equals(name)) {
                        graphs.add(p.streamReadContext().pathAsPointer().toString());
                    }
                    more[depth] |= !"id".equals(name) && !"@id".equals(name) && !"@context".equals(name);
                    terms[depth] |= !name.startsWith("@") && name.indexOf(':') < 0 && !"id".equals(name) && !"type".equals(name);
                } else if (t == JsonToken.VALUE_STRING) {
                    String key = p.currentName();
                    if (namesContext(p)) {
                        var at = p.currentTokenLocation();
                        contexts.putIfAbsent(p.getString(), new Location.Json(source, -1, p.streamReadContext().pathAsPointer().toString(),
                                at.getLineNr(), at.getColumnNr()));
                    }
                    if (depth >= 0 && ("type".equals(key) || "@type".equals(key))) {
                        organisation[depth] |= ORGANISATION_TYPES.contains(p.getString());
                    }
                    if (!"id".equals(key) && !"@id".equals(key)) {
                        continue;
                    }
                    String id = p.getString();
                    if (id.startsWith("_:")) {
                        throw blankId(source, id, p);
                    }
                    String iri = Values.expand(id);
                    positions.putIfAbsent(iri, positions.size());
                    if (depth >= 0) {
                        var at = p.currentTokenLocation();
                        organisation[depth] |= id.startsWith("provider:") || iri.startsWith(Iris.PROVIDER);
                        ids[depth] = iri;
                        pointers[depth] = p.streamReadContext().getParent().pathAsPointer().toString();
                        places[depth][0] = at.getLineNr();
                        places[depth][1] = at.getColumnNr();
                    }
                }
            }
        }
        return new Written(positions, twice, objects, graphs, contexts);
    }

    /** True when the string just read names a context: the value of {@code @context} or {@code @import}, or an item of one. */
    private static boolean namesContext(JsonParser p) {
        TokenStreamContext at = p.streamReadContext();
        TokenStreamContext holder = at.inArray() ? at.getParent() : at;
        String key = holder == null ? null : holder.currentName();
        return "@context".equals(key) || "@import".equals(key);
    }

    /** True when the object just opened is the value of an {@code @included} key, or an item of its array. */
    private static boolean inIncluded(JsonParser p) {
        TokenStreamContext holder = p.streamReadContext().getParent();
        if (holder != null && holder.inArray()) {
            holder = holder.getParent();
        }
        return holder != null && holder.inObject() && "@included".equals(holder.currentName());
    }

    /** True when the object just opened is an item of the top object's {@code @graph} array. */
    private static boolean inTopGraph(JsonParser p) {
        TokenStreamContext array = p.streamReadContext().getParent();
        TokenStreamContext holder = array == null ? null : array.getParent();
        return array != null && array.inArray() && holder != null && holder.inObject()
                && holder.getParent() != null && holder.getParent().inRoot() && "@graph".equals(holder.currentName());
    }

    /**
     * An organisation described at the top of the {@code @graph}, where the OPDL context does not
     * give its fields their meaning: JSON-LD would read it as another node, with untagged names.
     */
    private static ReadException organisationApart(String source, String iri, long[] start) {
        String named = iri == null ? "" : Values.compact(iri);
        return new ReadException(ReaderRule.CONVERT_UNMAPPABLE, new Location.Text(source, start[0], start[1]),
                RdfMessages.JSON_LD_ORGANISATION_APART.text(named),
                RdfMessages.JSON_LD_ORGANISATION_APART_FIX.text());
    }

    /**
     * An organisation described in an {@code @included} node, where the OPDL context does not give its
     * fields their meaning either: JSON-LD reads the node with the context of the object that holds
     * the {@code @included}, as it reads a node at the top of the {@code @graph}.
     */
    private static ReadException organisationIncluded(String source, String iri, String pointer, long[] start) {
        String named = iri == null ? "" : Values.compact(iri);
        return new ReadException(ReaderRule.CONVERT_UNMAPPABLE, new Location.Json(source, -1, pointer, start[0], start[1]),
                RdfMessages.JSON_LD_ORGANISATION_INCLUDED.text(named),
                RdfMessages.JSON_LD_ORGANISATION_APART_FIX.text());
    }

    /**
     * A link turned around with {@code @reverse}, which the standard's JSON never writes: it makes a
     * dataset of each listing that names one, or an organisation apart from its listings, refused later
     * at a blank node or an IRI the author never wrote, with no line.
     */
    private static ReadException reversed(String source, JsonParser p) {
        var at = p.currentTokenLocation();
        return new ReadException(ReaderRule.CONVERT_UNMAPPABLE, new Location.Json(source, -1,
                p.streamReadContext().pathAsPointer().toString(), at.getLineNr(), at.getColumnNr()),
                RdfMessages.JSON_LD_REVERSE.text(), RdfMessages.JSON_LD_REVERSE_FIX.text());
    }

    private static ReadException blankId(String source, String id, JsonParser p) {
        var at = p.currentTokenLocation();
        return new ReadException(ReaderRule.CONVERT_UNMAPPABLE, new Location.Text(source, at.getLineNr(), at.getColumnNr()),
                RdfMessages.CONVERT_UNMAPPABLE_ID_JSON_LD.text(id),
                RdfMessages.GIVE_LISTING_ID.text());
    }
}
