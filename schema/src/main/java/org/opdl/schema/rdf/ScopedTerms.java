package org.opdl.schema.rdf;

import java.util.HashSet;
import java.util.Set;
import org.opdl.schema.format.Limits;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamContext;

/**
 * The terms to which the OPDL context gives a context of their own ({@code provider}, {@code contact},
 * {@code intakes}, …): a local context that defines one of them again without one drops what the OPDL
 * context says of the fields of the objects it holds, since JSON-LD replaces a term's whole definition.
 */
final class ScopedTerms {

    private static final Set<String> TERMS = read();

    private ScopedTerms() {
    }

    /** True when the OPDL context gives {@code term} a context of its own. */
    static boolean has(String term) {
        return TERMS.contains(term);
    }

    private static Set<String> read() {
        Set<String> terms = new HashSet<>();
        try (JsonParser p = ScanFactory.of(Limits.DEFAULT).createParser(ObjectReadContext.empty(), OpdlContext.bytes())) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.PROPERTY_NAME && "@context".equals(p.currentName())) {
                    TokenStreamContext definition = p.streamReadContext().getParent();
                    if (definition != null && definition.currentName() != null) {
                        terms.add(definition.currentName());
                    }
                }
            }
        }
        return Set.copyOf(terms);
    }
}
