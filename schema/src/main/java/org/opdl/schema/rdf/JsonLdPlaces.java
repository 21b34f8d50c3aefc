package org.opdl.schema.rdf;

import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.opdl.model.field.Field;
import org.opdl.model.field.FieldTree;
import org.opdl.model.field.JsonPointer;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.ReaderRule;
import org.opdl.schema.format.SourceMap;
import org.opdl.schema.json.DocumentPlaces;

/**
 * Places a JSON-LD listing's findings at the keys its author wrote, with their line and column, as
 * the JSON reader places them, rather than at RDF subjects and predicates the author never wrote.
 * A listing's fields are looked up under the object that gives its id. The items of an unordered
 * field come back from the graph sorted, not in the file's order, so a finding on one of them is
 * placed at the field that holds them. A property that no key of the standard names is placed at
 * the key that writes it by its address; a listing with no id keeps its RDF place.
 */
final class JsonLdPlaces {

    private final DocumentPlaces document;
    private final JsonLdIds.Written written;
    private final Map<String, Location.Json> keys;

    /** Places in {@code document}, whose ids are {@code written} and whose keys that name a property by its address are {@code keys}. */
    JsonLdPlaces(DocumentPlaces document, JsonLdIds.Written written, Map<String, Location.Json> keys) {
        this.document = document;
        this.written = written;
        this.keys = keys;
    }

    /** The source map of the listing whose node is {@code root}, or {@code otherwise} when it has no id in the file. */
    SourceMap map(int record, Node root, SourceMap otherwise) {
        String object = root.isURI() ? written.object(root.getURI()) : null;
        return object == null ? otherwise : pointer -> document.locate(record, object + inFile(pointer), pointer);
    }

    /**
     * The note of a named graph that the {@code @graph} key at {@code key}, written below the top
     * object, makes: placed at that key, since the graph's name is a blank node the author never wrote.
     */
    Finding namedGraph(String key) {
        return new Finding(ReaderRule.RDF_NAMED_GRAPH.id(), ReaderRule.RDF_NAMED_GRAPH.severity(), document.locate(-1, key, key),
                RdfMessages.RDF_NAMED_GRAPH_JSON_LD.text(), RdfMessages.RDF_NAMED_GRAPH_JSON_LD_FIX.text());
    }

    /** {@code e} placed at the key of listing {@code record} it names, when its place is a subject and predicate of that listing. */
    ReadException relocated(ReadException e, int record, Node root) {
        Location at = relocated(e.location(), record, root);
        return at == e.location() ? e : new ReadException(e.rule(), at, e.text(), e.fix());
    }

    /** {@code note} placed as {@link #relocated(ReadException, int, Node)} places a refusal. */
    Finding relocated(Finding note, int record, Node root) {
        Location at = relocated(note.location(), record, root);
        return at == note.location() ? note : new Finding(note.ruleId(), note.severity(), at, note.message(), note.fix());
    }

    private Location relocated(Location place, int record, Node root) {
        if (!(place instanceof Location.Rdf at) || at.record() != record) {
            return place;
        }
        String object = root.isURI() ? written.object(root.getURI()) : null;
        if (object != null && keyed(at)) {
            return document.locate(record, object + inFile(at.pointer()), at.pointer());
        }
        // A property the standard does not have, written by its address in the listing or in a node beside it.
        Location.Json key = at.predicate().isEmpty() ? null : JsonLdKeys.of(keys, at.predicate());
        return key == null ? place : new Location.Json(key.source(), record, key.pointer(), key.line(), key.column());
    }

    /**
     * True when the place's pointer names its predicate, so that the key names all it says: a
     * property no field has ({@code "programme_title"}) or an {@code rdf:type} keeps its RDF place.
     */
    private static boolean keyed(Location.Rdf at) {
        if (at.predicate().isEmpty() || at.predicate().equals(FieldTree.listing().rdfProperty(at.pointer()))) {
            return true;
        }
        String key = JsonPointer.unescape(at.pointer().substring(at.pointer().lastIndexOf('/') + 1));
        return FieldTree.listing().withProperty(at.predicate()).stream().anyMatch(f -> f.name().equals(key));
    }

    /** The part of {@code pointer} that names the same value in the file: up to the index of an unordered field. */
    private static String inFile(String pointer) {
        Field field = FieldTree.listing().root();
        int end = 0;
        while (end < pointer.length()) {
            int next = pointer.indexOf('/', end + 1);
            String token = JsonPointer.unescape(next < 0 ? pointer.substring(end + 1) : pointer.substring(end + 1, next));
            if (field.repeat() && !field.ordered() && !token.isEmpty() && Character.isDigit(token.charAt(0))) {
                break;
            }
            Optional<Field> child = field.child(token);
            if (child.isPresent()) {
                field = child.get();
            }
            end = next < 0 ? pointer.length() : next;
        }
        return pointer.substring(0, end);
    }
}
