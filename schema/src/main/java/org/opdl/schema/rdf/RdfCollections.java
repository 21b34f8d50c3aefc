package org.opdl.schema.rdf;

import static org.opdl.schema.rdf.MappingRefusals.error;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.opdl.model.field.Field;

/** The items of an RDF list ({@code rdf:first} / {@code rdf:rest}), which an ordered field is written as. */
final class RdfCollections {

    private RdfCollections() {
    }

    /**
     * The items of the list that starts at {@code head}, in order; a cell that is not a blank node
     * holding exactly one first and one rest, or a list that loops, is refused. Each cell is added
     * to {@code visited} unless it is null.
     */
    static List<Node> items(Graph g, Node head, Node s, Field f, String source, int record, String pointer, Set<Node> visited) {
        List<Node> items = new ArrayList<>();
        Set<Node> seen = new HashSet<>();
        Node cell = head;
        while (!(cell.isURI() && cell.getURI().equals(ListingToRdf.RDF_NIL))) {
            List<Triple> first = g.find(cell, Node.ANY, Node.ANY).toList();
            Node item = null;
            Node rest = null;
            for (Triple t : first) {
                String p = t.getPredicate().getURI();
                if (p.equals(ListingToRdf.RDF_FIRST) && item == null) {
                    item = t.getObject();
                } else if (p.equals(ListingToRdf.RDF_REST) && rest == null) {
                    rest = t.getObject();
                } else {
                    item = null;
                    break;
                }
            }
            if (!cell.isBlank() || item == null || rest == null || !seen.add(cell)) {
                throw error(source, record, pointer, s, f.propertyIri(), RdfMessages.ORDERED_FIELD_WHOSE.text());
            }
            items.add(item);
            if (visited != null) {
                visited.add(cell);
            }
            cell = rest;
        }
        return items;
    }
}
