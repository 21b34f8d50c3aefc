package org.opdl.validator.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opdl.model.definition.FieldType;
import org.opdl.model.field.Field;
import org.opdl.model.vocab.Concept;
import org.opdl.model.vocab.ConceptScheme;

/** Walks the code values of a listing, each with its field's concept scheme. */
public final class Codes {

    /**
     * One code value.
     *
     * @param pointer where it is
     * @param value the value as written
     * @param scheme the scheme its field draws from
     * @param concept the concept whose code the value is exactly, if any
     */
    public record Value(String pointer, String value, ConceptScheme scheme, Optional<Concept> concept) {
    }

    private Codes() {
    }

    /**
     * The code values of a listing, found once per listing and shared by the rules. Hot paths loop
     * over this list rather than pass a lambda: under the quick JIT every capturing lambda made per
     * listing costs a call into the runtime.
     */
    public static List<Value> all(Listing listing) {
        return listing.derived(Codes.class, Codes::values);
    }

    private static List<Value> values(Listing listing) {
        List<Value> out = new ArrayList<>();
        Standard standard = listing.standard();
        for (Field path : standard.fields().ofType(FieldType.CODE)) {
            Standard.CodeField field = standard.codeField(path);
            if (field == null) {
                continue;
            }
            for (Listing.Value found : listing.valuesOf(path)) {
                String v = Listing.stringOrNull(found.node());
                if (v != null) {
                    out.add(new Value(found.pointer(), v, field.scheme(), Optional.ofNullable(field.byCode().get(v))));
                }
            }
        }
        return out;
    }
}
