package org.opdl.schema.rdf;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntToLongFunction;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.opdl.model.finding.Location;
import org.opdl.model.vocab.Iris;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.ReaderRule;

/**
 * Refuses, at its line, a Turtle prefix bound a second time to another address where one of the two is
 * the standard's ({@code cat} of two exports, a namespace mistyped in one of them): Turtle reads each
 * name written after the second binding with the new address, so that {@code opdl:website} above it and
 * below it name two properties, and the fields below would be refused one by one at no line.
 */
final class PrefixBindings extends StreamRDFWrapper {

    private final String source;
    private final IntToLongFunction lines;
    private final Map<String, String> bound = new HashMap<>();
    private final Map<String, Long> boundAt = new HashMap<>();
    private int count;

    /** Passes everything on to {@code next}, placing the n-th prefix directive at {@code lines.applyAsLong(n)}. */
    PrefixBindings(String source, IntToLongFunction lines, StreamRDF next) {
        super(next);
        this.source = source;
        this.lines = lines;
    }

    @Override
    public void prefix(String prefix, String iri) {
        long line = lines.applyAsLong(count++);
        String before = bound.put(prefix, iri);
        if (before != null && !before.equals(iri) && (before.startsWith(Iris.BASE) || iri.startsWith(Iris.BASE))) {
            long first = boundAt.get(prefix);
            throw new ReadException(ReaderRule.CONVERT_UNMAPPABLE, new Location.Text(source, line, 1),
                    RdfMessages.PREFIX_BOUND_AGAIN.text(prefix + ":", "<" + iri + ">", first, "<" + before + ">"),
                    RdfMessages.PREFIX_BOUND_AGAIN_FIX.text(prefix + ":"));
        }
        boundAt.putIfAbsent(prefix, line);
        super.prefix(prefix, iri);
    }
}
