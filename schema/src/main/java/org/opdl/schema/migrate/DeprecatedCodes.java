package org.opdl.schema.migrate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opdl.model.definition.FieldType;
import org.opdl.model.field.FieldTree;
import org.opdl.model.field.FieldWalk;
import org.opdl.model.field.JsonPointer;
import org.opdl.model.text.Text;
import org.opdl.model.vocab.Concept;
import org.opdl.model.vocab.Vocabulary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes, in place of each code the standard has deprecated in favour of another ({@code replaced_by}
 * in its scheme's table), the code that replaces it, as {@code opdl standard diff} tells a standards
 * body that {@code opdl migrate} will. A replacement that is itself deprecated is followed to the end
 * of its chain. In a list that already holds the replacement, the old code is removed rather than
 * written twice. A code deprecated with no replacement is left as it is: no one can choose for the
 * provider, and the validator still warns about it.
 */
public final class DeprecatedCodes {

    private static final FieldWalk CODES = FieldTree.listing()
            .select(f -> f.type() == FieldType.CODE && f.scheme().isPresent());

    private DeprecatedCodes() {
    }

    /** One deprecated code found: where, in which scheme, and its value. */
    private record Found(String pointer, String scheme, String code) {
    }

    /**
     * Replaces the deprecated codes of one listing, in place.
     *
     * @param listing the listing, changed where it holds a deprecated code with a replacement
     * @param at the listing's pointer in its document, for the changes
     * @return what was changed, one line per code, in the listing's order
     */
    public static List<Text> replace(ObjectNode listing, String at) {
        Vocabulary vocabulary = Vocabulary.standard();
        List<Found> found = new ArrayList<>();
        CODES.walk(listing, (field, pointer, value) -> {
            if (value.isString()) {
                String scheme = field.scheme().orElseThrow();
                vocabulary.concept(scheme, value.asString()).filter(Concept::deprecated)
                        .ifPresent(c -> found.add(new Found(pointer, scheme, c.code())));
            }
        });
        List<Text> changes = new ArrayList<>();
        // Last first, so that removing an item of a list leaves the places of the earlier ones as they were.
        for (int i = found.size() - 1; i >= 0; i--) {
            Found f = found.get(i);
            Optional<String> replacement = replacement(vocabulary, f.scheme(), f.code());
            if (replacement.isEmpty()) {
                continue;
            }
            String parent = f.pointer().substring(0, f.pointer().lastIndexOf('/'));
            String last = f.pointer().substring(f.pointer().lastIndexOf('/') + 1);
            JsonNode container = parent.isEmpty() ? listing : listing.at(parent);
            String now = replacement.get();
            if (container instanceof ArrayNode list) {
                if (holds(list, now)) {
                    list.remove(Integer.parseInt(last));
                    changes.add(0, MigrateMessages.DEPRECATED_CODE_DROPPED.text(at + f.pointer(), f.code(), now));
                } else {
                    list.set(Integer.parseInt(last), now);
                    changes.add(0, MigrateMessages.DEPRECATED_CODE_REPLACED.text(at + f.pointer(), f.code(), now));
                }
            } else if (container instanceof ObjectNode object) {
                object.put(JsonPointer.unescape(last), now);
                changes.add(0, MigrateMessages.DEPRECATED_CODE_REPLACED.text(at + f.pointer(), f.code(), now));
            }
        }
        return changes;
    }

    /** The last code of the chain of replacements of a deprecated code, or empty when it has none. */
    private static Optional<String> replacement(Vocabulary vocabulary, String scheme, String code) {
        Set<String> seen = new HashSet<>();
        String now = code;
        while (seen.add(now)) {
            Optional<Concept> c = vocabulary.concept(scheme, now);
            if (c.isEmpty() || !c.get().deprecated() || c.get().replacedBy().isEmpty()) {
                break;
            }
            now = c.get().replacedBy().get();
        }
        return now.equals(code) ? Optional.empty() : Optional.of(now);
    }

    private static boolean holds(ArrayNode list, String code) {
        for (JsonNode item : list) {
            if (item.isString() && item.asString().equals(code)) {
                return true;
            }
        }
        return false;
    }
}
