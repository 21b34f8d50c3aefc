package org.opdl.schema.rdf;

import static org.opdl.schema.rdf.MappingRefusals.error;
import static org.opdl.schema.rdf.MappingRefusals.stated;

import java.util.Collection;
import java.util.IdentityHashMap;
import org.opdl.model.field.JsonPointer;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.opdl.model.finding.Finding;
import org.opdl.model.vocab.Iris;
import org.opdl.schema.format.Limits;
import org.opdl.schema.shape.DatasetFields;
import org.opdl.model.field.Field;
import org.opdl.model.definition.FieldType;
import org.opdl.model.field.FieldTree;
import org.opdl.schema.shape.Values;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the triples about one listing back into the standard's JSON form: the reverse of {@link
 * ListingToRdf}. RDF lists become ordered arrays again; the values of unordered arrays, which RDF
 * keeps as a set, come back sorted so that the output is stable. A triple that no field explains
 * stops the read rather than being dropped.
 */
final class RdfToListing {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final FieldTree shape;
    /** True when the graph was read from JSON-LD, whose author wrote keys rather than properties. */
    private final boolean jsonLd;
    /** The longest whole number a listing may hold, which the JSON reader would refuse in the JSON written from it. */
    private final int maxNumberLength;
    private final Map<Field, Map<String, Field>> byProperty = new IdentityHashMap<>();

    private final Set<String> datasetOnly = new HashSet<>();
    private final Set<String> listingOnly = new HashSet<>();
    /**
     * Every node mapped so far, so that a reader holding the whole graph can find triples that no
     * listing took; null for the streaming N-Triples reader, which must not hold them.
     */
    private final Set<Node> visited;
    private final List<Finding> notes = new ArrayList<>();

    RdfToListing(FieldTree shape, Limits limits) {
        this(shape, false, false, limits);
    }

    /**
     * A mapping that remembers every node it maps when {@code trackVisited} (see {@link #visited}),
     * and names a misplaced property by its JSON-LD key when {@code jsonLd}.
     */
    RdfToListing(FieldTree shape, boolean trackVisited, boolean jsonLd, Limits limits) {
        this.shape = shape;
        this.jsonLd = jsonLd;
        this.maxNumberLength = limits.maxNumberLength();
        this.visited = trackVisited ? new HashSet<>() : null;
        properties(DatasetFields.shape()).keySet().forEach(datasetOnly::add);
        datasetOnly.removeAll(properties(shape.root()).keySet());
        listingOnly.addAll(properties(shape.root()).keySet());
        listingOnly.removeAll(properties(DatasetFields.shape()).keySet());
        removeNested(shape.root());
    }

    private void removeNested(Field field) {
        for (Field c : field.children()) {
            if (c.type() == FieldType.OBJECT) {
                listingOnly.removeAll(properties(c).keySet());
                removeNested(c);
            }
        }
    }

    /** The listing whose node is {@code subject} in {@code graph}; {@link #notes()} gives what was noticed. */
    ObjectNode listing(Graph graph, Node subject, String source, int record) {
        notes.clear();
        return object(graph, subject, shape.root(), "", source, record);
    }

    /** What the last {@link #listing} noticed: values read from a literal of another datatype. */
    List<Finding> notes() {
        return List.copyOf(notes);
    }

    /** True when the triple gives a field that only a listing has, so its subject is a listing. */
    boolean marksListing(Triple t) {
        return listingOnly.contains(t.getPredicate().getURI());
    }

    /** True once {@code node} has been mapped as a listing, a dataset or a value inside one. */
    boolean visited(Node node) {
        return visited == null || visited.contains(node);
    }

    /**
     * True when a triple shows that its subject is a dataset: it types it {@code opdl:Dataset},
     * links a listing, or gives a field that only a dataset has.
     */
    boolean marksDataset(Triple t) {
        String p = t.getPredicate().getURI();
        if (p.equals(ListingToRdf.RDF_TYPE)) {
            return t.getObject().isURI() && t.getObject().getURI().equals(DatasetFields.classIri());
        }
        return p.equals(DatasetFields.listingLink()) || datasetOnly.contains(p);
    }

    /**
     * The own fields of the dataset whose node is {@code subject}; {@code datasets} holds every
     * node that {@link #marksDataset} found, of which there may be only one.
     */
    ObjectNode dataset(Graph graph, Node subject, Collection<Node> datasets, String source) {
        for (Node other : datasets) {
            if (!other.equals(subject)) {
                throw error(source, -1, "", other, "", RdfMessages.SECOND_DATASET_FILE.text());
            }
        }
        graph.find(subject, NodeFactory.createURI(DatasetFields.listingLink()), Node.ANY).forEach(t -> {
            if (t.getObject().isLiteral()) {
                throw error(source, -1, "", subject, DatasetFields.listingLink(), RdfMessages.LISTING_LITERAL_NOT.text());
            }
        });
        return object(graph, subject, DatasetFields.shape(), "", source, -1);
    }

    private ObjectNode object(Graph g, Node s, Field field, String pointer, String source, int record) {
        if (visited != null) {
            visited.add(s);
        }
        ObjectNode out = NODES.objectNode();
        Map<Field, List<Node>> values = new LinkedHashMap<>();
        Field idField = null;
        Field typeField = null;
        for (Field c : field.children()) {
            if (c.isId()) {
                idField = c;
            } else if (c.isType()) {
                typeField = c;
            }
        }
        if (s.isURI()) {
            if (idField == null) {
                throw error(source, record, pointer, s, "", RdfMessages.NODE_IRI_WHERE.text());
            }
            out.put(idField.name(), idField.type() == FieldType.IRI ? Values.compact(s.getURI()) : s.getURI());
        }
        ExtendedIterator<Triple> it = g.find(s, Node.ANY, Node.ANY);
        try {
            while (it.hasNext()) {
                Triple t = it.next();
                String p = t.getPredicate().getURI();
                if (p.equals(ListingToRdf.RDF_TYPE) && typeField != null) {
                    Node o = t.getObject();
                    if (!o.isURI() || !o.getURI().startsWith(Iris.NS) || out.has(typeField.name())) {
                        throw error(source, record, pointer, s, p, RdfMessages.CLASS_STANDARD_DOES.text());
                    }
                    out.put(typeField.name(), o.getURI().substring(Iris.NS.length()));
                    continue;
                }
                if (p.equals(ListingToRdf.RDF_TYPE)) {
                    // A node typed with the class its field gives (a provider "a opdl:Organization") says what the field says.
                    if (givenByField(t.getObject(), field)) {
                        continue;
                    }
                    throw error(source, record, pointer, s, p, field.rdfClass()
                            .map(c -> RdfMessages.CLASS_NOT_FIELDS.text("opdl:" + c))
                            .orElseGet(RdfMessages.CLASS_STANDARD_DOES::text));
                }
                if (field == DatasetFields.shape() && p.equals(DatasetFields.listingLink())) {
                    continue;
                }
                Field child = properties(field).get(p);
                if (child == null) {
                    Node subject = s;
                    // JSON-LD names the key its author wrote, the term of the property's fields.
                    List<Field> homes = shape.withProperty(p);
                    String at = jsonLd && !homes.isEmpty() ? JsonPointer.append(pointer, homes.get(0).name()) : pointer;
                    throw MistypedNamespace.of(shape, p).or(() -> PropertyHomes.of(shape, p, field, jsonLd))
                            .map(words -> stated(source, record, at, subject, p, words.what(), words.fix()))
                            .orElseGet(() -> error(source, record, pointer, subject, p, RdfMessages.PROPERTY_NOT_FIELD.text()));
                }
                values.computeIfAbsent(child, k -> new ArrayList<>()).add(t.getObject());
            }
        } finally {
            it.close();
        }
        for (Field c : field.children()) {
            List<Node> nodes = values.get(c);
            if (nodes == null) {
                continue;
            }
            String cp = JsonPointer.append(pointer, c.name());
            if (c.type() == FieldType.TEXT) {
                out.set(c.name(), LiteralValues.text(nodes, c, cp, s, source, record));
            } else if (c.repeat() && c.ordered()) {
                if (nodes.size() != 1) {
                    throw error(source, record, cp, s, c.propertyIri(), RdfMessages.MORE_THAN_ONE.text());
                }
                ArrayNode array = out.putArray(c.name());
                int i = 0;
                for (Node item : RdfCollections.items(g, nodes.get(0), s, c, source, record, cp, visited)) {
                    array.add(value(g, item, c, cp + "/" + i++, s, source, record));
                }
            } else if (c.repeat()) {
                List<JsonNode> items = new ArrayList<>();
                for (Node item : nodes) {
                    items.add(value(g, item, c, cp, s, source, record));
                }
                items.sort(Comparator.comparing(JsonNode::toString));
                out.putArray(c.name()).addAll(items);
            } else {
                if (nodes.size() != 1) {
                    throw error(source, record, cp, s, c.propertyIri(), RdfMessages.MORE_THAN_ONE_2.text());
                }
                out.set(c.name(), value(g, nodes.get(0), c, cp, s, source, record));
            }
        }
        return out;
    }

    private JsonNode value(Graph g, Node o, Field f, String pointer, Node s, String source, int record) {
        LiteralValues.refuseMarkup(o, f, pointer, s, source, record);
        if (o.isLiteral()) {
            DatatypeNote.of(o, f, pointer, s, source, record).ifPresent(notes::add);
        }
        switch (f.type()) {
            case OBJECT:
                if (o.isLiteral()) {
                    throw MappingRefusals.textForNode(source, record, pointer, s, f, o, jsonLd);
                }
                return object(g, o, f, pointer, source, record);
            case CODE:
                String base = Iris.concept(f.scheme().orElse(""), "");
                if (o.isURI() && o.getURI().startsWith(base) && o.getURI().length() > base.length()) {
                    return NODES.stringNode(o.getURI().substring(base.length()));
                }
                if (o.isURI()) {
                    throw MappingRefusals.outsideScheme(source, record, pointer, s, f, o.getURI(), jsonLd);
                }
                break;
            case IRI:
                if (o.isURI()) {
                    return NODES.stringNode(Values.compact(o.getURI()));
                }
                break;
            case URL:
                if (o.isURI()) {
                    return NODES.stringNode(o.getURI());
                }
                break;
            case INTEGER:
                if (o.isLiteral() && o.getLiteralLexicalForm().strip().length() > maxNumberLength) {
                    throw stated(source, record, pointer, s, f.propertyIri(),
                            RdfMessages.NUMBER_TOO_LONG.text(o.getLiteralLexicalForm().strip().length(), maxNumberLength),
                            RdfMessages.NUMBER_TOO_LONG_FIX.text());
                }
                if (o.isLiteral()) {
                    try {
                        return LiteralValues.normal(new BigInteger(o.getLiteralLexicalForm().strip()));
                    } catch (NumberFormatException e) {
                        throw MappingRefusals.notWhole(source, record, pointer, s, f, o);
                    }
                }
                break;
            case BOOLEAN:
                if (o.isLiteral()) {
                    String lex = o.getLiteralLexicalForm().strip();
                    if (lex.equals("true") || lex.equals("1")) {
                        return NODES.booleanNode(true);
                    }
                    if (lex.equals("false") || lex.equals("0")) {
                        return NODES.booleanNode(false);
                    }
                }
                break;
            default:
                if (o.isLiteral()) {
                    return NODES.stringNode(o.getLiteralLexicalForm());
                }
        }
        throw MappingRefusals.wrongKind(g, source, record, pointer, s, f.propertyIri(), o);
    }

    private Map<String, Field> properties(Field field) {
        return byProperty.computeIfAbsent(field, f -> {
            Map<String, Field> m = new LinkedHashMap<>();
            for (Field c : f.children()) {
                if (!c.isId() && !c.isType() && !c.isContext()) {
                    m.put(c.propertyIri(), c);
                }
            }
            return m;
        });
    }

    /** True when {@code type} is the OPDL class of the values of {@code field}, which the field already implies. */
    private static boolean givenByField(Node type, Field field) {
        return type.isURI() && field.rdfClass().map(c -> type.getURI().equals(Iris.NS + c)).orElse(false);
    }
}
