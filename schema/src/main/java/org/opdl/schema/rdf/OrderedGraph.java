package org.opdl.schema.rdf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * A graph that gives its triples back in the order they were added, so that Jena's Turtle and
 * RDF/XML writers, which write subjects in the order the graph lists them, write listings in the
 * order they were read. Jena's own graphs list triples in an order of their hashes, which reversed
 * the listings of a round trip. Indexed by subject and by object, the two look-ups the writers make.
 */
final class OrderedGraph extends GraphBase {

    private final Set<Triple> all = new LinkedHashSet<>();
    private final Map<Node, List<Triple>> bySubject = new LinkedHashMap<>();
    private final Map<Node, List<Triple>> byObject = new HashMap<>();

    @Override
    public void performAdd(Triple t) {
        if (all.add(t)) {
            bySubject.computeIfAbsent(t.getSubject(), k -> new ArrayList<>(8)).add(t);
            byObject.computeIfAbsent(t.getObject(), k -> new ArrayList<>(2)).add(t);
        }
    }

    /** The subjects in the order their first triple was added, each with its triples in order. */
    Map<Node, List<Triple>> bySubject() {
        return Collections.unmodifiableMap(bySubject);
    }

    @Override
    public void performDelete(Triple t) {
        if (all.remove(t)) {
            bySubject.get(t.getSubject()).remove(t);
            byObject.get(t.getObject()).remove(t);
        }
    }

    @Override
    protected int graphBaseSize() {
        return all.size();
    }

    @Override
    protected boolean graphBaseContains(Triple t) {
        return t.isConcrete() ? all.contains(t) : super.graphBaseContains(t);
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        Node s = pattern.getSubject();
        Node o = pattern.getObject();
        Collection<Triple> candidates;
        if (s.isConcrete()) {
            candidates = bySubject.getOrDefault(s, List.of());
        } else if (o.isConcrete()) {
            candidates = byObject.getOrDefault(o, List.of());
        } else {
            candidates = all;
        }
        // The writers only read while they write, so the live collections can be walked.
        return WrappedIterator.create(candidates.iterator()).filterKeep(pattern::matches);
    }
}
