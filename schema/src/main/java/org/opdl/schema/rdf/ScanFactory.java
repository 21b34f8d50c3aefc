package org.opdl.schema.rdf;

import org.opdl.schema.format.Limits;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/** The JSON parsers of the scans of a JSON-LD file (its ids, its keys), held to the reader's limits. */
final class ScanFactory {

    private ScanFactory() {
    }

    /** A factory whose parsers refuse what {@code limits} refuse: deep nesting, long strings, names and numbers. */
    static JsonFactory of(Limits limits) {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNameLength(limits.maxNameLength())
                        .maxNumberLength(limits.maxNumberLength())
                        .build())
                .build();
    }
}
