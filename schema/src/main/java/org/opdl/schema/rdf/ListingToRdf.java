package org.opdl.schema.rdf;

import java.util.HashMap;
import java.util.Locale;
import org.opdl.model.field.JsonPointer;
import java.util.Map;
import org.opdl.model.vocab.Iris;
import org.opdl.schema.format.SourceMap;
import org.opdl.schema.shape.DatasetFields;
import org.opdl.model.field.Field;
import org.opdl.model.definition.FieldType;
import org.opdl.model.field.FieldTree;
import org.opdl.schema.shape.Values;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns one listing in the standard's JSON form into triples, exactly as the JSON-LD context reads
 * it. Values the context would drop or change (null, an empty map, a number in a decimal field, a
 * relative IRI) stop the conversion instead, so that nothing is lost on the way.
 */
final class ListingToRdf {

    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String RDF_TYPE = RDF + "type";
    static final String RDF_FIRST = RDF + "first";
    static final String RDF_REST = RDF + "rest";
    static final String RDF_NIL = RDF + "nil";
    static final String XSD = "http://www.w3.org/2001/XMLSchema#";

    private final FieldTree shape;
    private final NodeLedger ledger = new NodeLedger();

    ListingToRdf(FieldTree shape) {
        this.shape = shape;
    }

    /** Emits the triples of {@code listing} to {@code sink}. */
    void emit(ObjectNode listing, SourceMap map, TripleSink sink) {
        emit(listing, map, sink, null);
    }

    /**
     * Emits the triples of {@code listing}, preceded, when {@code dataset} is not null, by the triple
     * that links the dataset's node to the listing's: the link comes before the node's own triples,
     * as for every nested node.
     */
    void emit(ObjectNode listing, SourceMap map, TripleSink sink, Term dataset) {
        Term subject = subject(listing, shape.root(), "", map, sink);
        if (!subject.blank()) {
            ledger.listing(subject.value(), map, "/id");
        }
        if (dataset != null) {
            sink.node(dataset, DatasetFields.listingLink(), subject);
        }
        properties(listing, shape.root(), subject, "", map, sink);
    }

    /**
     * Emits a dataset's own fields ({@code listings} aside) as the triples of a new node, and
     * returns the node, to which {@link #emit(ObjectNode, SourceMap, TripleSink, Term)} links listings.
     */
    Term emitDataset(ObjectNode fields, SourceMap map, TripleSink sink) {
        Term subject = subject(fields, DatasetFields.shape(), "", map, sink);
        properties(fields, DatasetFields.shape(), subject, "", map, sink);
        return subject;
    }

    /** Emits more of a dataset's fields, those that came after its listings, onto its node. */
    void emitDatasetMore(Term dataset, ObjectNode fields, SourceMap map, TripleSink sink) {
        properties(fields, DatasetFields.shape(), dataset, "", map, sink);
    }

    /** The node of an object: its IRI when it has an id, else a new blank node. */
    private static Term subject(ObjectNode object, Field field, String pointer, SourceMap map, TripleSink sink) {
        JsonNode id = object.get(idName(field));
        if (id == null) {
            return sink.blank();
        }
        String idPointer = pointer + "/" + idName(field);
        if (!id.isString()) {
            throw notIri(map, idPointer);
        }
        String iri = Values.expand(id.stringValue());
        refuseBidi(iri, map, idPointer);
        if (!Values.isAbsoluteIri(iri)) {
            throw notIri(map, idPointer);
        }
        return Term.iri(iri);
    }

    /** Emits an object's triples; links to nested nodes come before the nodes' own triples. */
    private void properties(ObjectNode object, Field field, Term subject, String pointer, SourceMap map,
            TripleSink sink) {
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            String childPointer = JsonPointer.append(pointer, e.getKey());
            Field child = field.child(e.getKey()).orElseThrow(() -> Values.unknownField(map, childPointer));
            if (child.isId() || child.isContext()) {
                continue;
            }
            JsonNode value = e.getValue();
            if (child.isType()) {
                if (!value.isString() || !Values.isCode(value.stringValue())) {
                    throw Values.wrongKind(map, childPointer, child);
                }
                sink.node(subject, RDF_TYPE, Term.iri(Iris.term(value.stringValue())));
                continue;
            }
            if (child.repeat()) {
                if (!value.isArray()) {
                    throw Values.unmappable(map, childPointer,
                            RdfMessages.MUST_ARRAY.text(child.path()),
                            RdfMessages.WRITE_VALUE_INSIDE.text());
                }
                if (child.ordered()) {
                    list(subject, value, child, childPointer, map, sink);
                } else {
                    if (value.isEmpty()) {
                        throw empty(map, childPointer);
                    }
                    refuseRepeats(value, childPointer, map);
                    for (int i = 0; i < value.size(); i++) {
                        item(subject, child, value.get(i), childPointer + "/" + i, map, sink);
                    }
                }
            } else {
                item(subject, child, value, childPointer, map, sink);
            }
        }
    }

    private void list(Term subject, JsonNode array, Field field, String pointer, SourceMap map, TripleSink sink) {
        if (array.isEmpty()) {
            sink.node(subject, field.propertyIri(), Term.iri(RDF_NIL));
            return;
        }
        Term cell = sink.blank();
        sink.node(subject, field.propertyIri(), cell);
        for (int i = 0; i < array.size(); i++) {
            item(cell, field, RDF_FIRST, array.get(i), pointer + "/" + i, map, sink);
            Term next = i + 1 < array.size() ? sink.blank() : Term.iri(RDF_NIL);
            sink.node(cell, RDF_REST, next);
            cell = next;
        }
    }

    private void item(Term subject, Field field, JsonNode value, String pointer, SourceMap map, TripleSink sink) {
        item(subject, field, field.propertyIri(), value, pointer, map, sink);
    }

    private void item(Term subject, Field field, String predicate, JsonNode value, String pointer, SourceMap map,
            TripleSink sink) {
        if (!Values.hasKind(field.type(), value)) {
            throw Values.wrongKind(map, pointer, field);
        }
        switch (field.type()) {
            case OBJECT:
                ObjectNode object = (ObjectNode) value;
                Term child = subject(object, field, pointer, map, sink);
                if (!child.blank()) {
                    ledger.organisation(child.value(), object, map, pointer);
                }
                sink.node(subject, predicate, child);
                properties(object, field, child, pointer, map, sink);
                return;
            case TEXT:
                if (value.isEmpty()) {
                    throw empty(map, pointer);
                }
                for (Map.Entry<String, JsonNode> e : value.properties()) {
                    String p = JsonPointer.append(pointer, e.getKey());
                    if (!Values.isLangTag(e.getKey()) || !e.getValue().isString()) {
                        throw Values.wrongKind(map, p, field);
                    }
                    sink.literal(subject, predicate, e.getValue().stringValue(), null, e.getKey());
                }
                return;
            case CODE:
                String code = value.stringValue();
                if (!Values.isCode(code)) {
                    throw Values.unmappable(map, pointer,
                            RdfMessages.NOT_CODE.text(code, field.scheme()),
                            RdfMessages.WRITE_CONCEPT_S.text(field.scheme().orElse("")));
                }
                sink.node(subject, predicate, Term.iri(Iris.concept(field.scheme().orElse(""), code)));
                return;
            case IRI:
            case URL:
                String iri = Values.expand(value.stringValue());
                refuseBidi(iri, map, pointer);
                if (!Values.isAbsoluteIri(iri)) {
                    throw notIri(map, pointer);
                }
                sink.node(subject, predicate, Term.iri(iri));
                return;
            case INTEGER:
                sink.literal(subject, predicate, value.bigIntegerValue().toString(), XSD + "integer", null);
                return;
            case BOOLEAN:
                sink.literal(subject, predicate, value.booleanValue() ? "true" : "false", XSD + "boolean", null);
                return;
            default:
                sink.literal(subject, predicate, value.stringValue(), datatype(field.type()), null);
        }
    }

    /** The datatype IRI of a string-valued type, or null for a plain string. */
    static String datatype(FieldType type) {
        switch (type) {
            case DATE:
                return XSD + "date";
            case DATE_TIME:
                return XSD + "dateTime";
            case DURATION:
                return XSD + "duration";
            case DECIMAL:
                return XSD + "decimal";
            default:
                return null;
        }
    }

    /**
     * Refuses a value that repeats an earlier item of the same unordered array: RDF holds each value
     * of a property once, so the repeat would vanish on the way.
     */
    private static void refuseRepeats(JsonNode array, String pointer, SourceMap map) {
        Map<JsonNode, Integer> seen = new HashMap<>();
        for (int i = 0; i < array.size(); i++) {
            Integer first = seen.putIfAbsent(array.get(i), i);
            if (first != null) {
                throw Values.unmappable(map, pointer + "/" + i,
                        RdfMessages.ITEM_REPEATS_ITEM.text(i, pointer, first, array.get(i)),
                        RdfMessages.REMOVE_REPEATED_ITEM.text());
            }
        }
    }

    private static String idName(Field field) {
        for (Field c : field.children()) {
            if (c.isId()) {
                return c.name();
            }
        }
        return "\u0000";
    }

    private static org.opdl.schema.format.ReadException notIri(SourceMap map, String pointer) {
        return Values.unmappable(map, pointer,
                RdfMessages.VALUE_NOT_ABSOLUTE.text(pointer),
                RdfMessages.WRITE_FULL_ADDRESS.text());
    }

    /**
     * Refuses an address holding an invisible direction control (U+202E and its kin): RFC 3987
     * forbids them in IRIs, since they make an address display as another one.
     */
    static void refuseBidi(String iri, SourceMap map, String pointer) {
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c == '\u061C' || c == '\u200E' || c == '\u200F' || c >= '\u202A' && c <= '\u202E'
                    || c >= '\u2066' && c <= '\u2069') {
                String code = String.format(Locale.ROOT, "U+%04X", (int) c);
                throw Values.unmappable(map, pointer,
                        RdfMessages.ADDRESS_HOLDS_INVISIBLE.text(pointer, code),
                        RdfMessages.DELETE_CHARACTER_CHECK.text());
            }
        }
    }

    private static org.opdl.schema.format.ReadException empty(SourceMap map, String pointer) {
        return Values.unmappable(map, pointer,
                RdfMessages.VALUE_EMPTY_RDF.text(pointer),
                RdfMessages.REMOVE_FIELD_ABSENT.text());
    }
}
