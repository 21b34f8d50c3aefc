package org.opdl.schema.hostile;

import org.opdl.schema.rdf.OpdlContext;

/**
 * Builds catalogue case L9: a small JSON-LD file whose processing explodes. Its inline context
 * defines many types, each with a type-scoped context (the bundled OPDL context, so nothing remote
 * is named), and every node has every type, so the processor works through the whole OPDL context
 * once per type per node.
 */
final class ScopedContexts {

    private ScopedContexts() {
    }

    /** A document of {@code nodes} nodes, each with all of {@code types} scoped types. */
    static String explosion(int types, int nodes) {
        StringBuilder b = new StringBuilder("{\"@context\": [\"").append(OpdlContext.IRI).append("\", {\"@version\": 1.1");
        StringBuilder all = new StringBuilder();
        for (int t = 0; t < types; t++) {
            b.append(", \"T").append(t).append("\": {\"@id\": \"https://example.ca/types/T").append(t)
                    .append("\", \"@context\": \"").append(OpdlContext.IRI).append("\"}");
            all.append(t == 0 ? "" : ", ").append("\"T").append(t).append('"');
        }
        b.append("}], \"@graph\": [");
        for (int n = 0; n < nodes; n++) {
            b.append(n == 0 ? "" : ", ").append("{\"@id\": \"https://example.ca/programs/").append(n)
                    .append("\", \"@type\": [").append(all).append("], \"title\": {\"en\": \"Story lab\"}}");
        }
        return b.append("]}").toString();
    }
}
