package org.opdl.schema.json;

import java.util.HashSet;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a listing keeping only the top-level properties its reader's caller will use, and skips the
 * others unread: the parser still checks their syntax, but decodes none of their strings and no
 * node is built for them. Matching reads a third of a listing's fields; building the others was half
 * of its time. Positions are not kept: a caller that keeps few fields reports no findings on them.
 */
final class TopFields {

    private final Set<String> kept;

    /** Keeps {@code fields}, and {@code type} and {@code listings}, which tell a dataset's own line from a listing. */
    TopFields(Set<String> fields) {
        Set<String> k = new HashSet<>(fields);
        k.add("type");
        k.add("listings");
        this.kept = Set.copyOf(k);
    }

    /**
     * Reads the object whose {@code START_OBJECT} is the parser's current token, with {@code tree} for
     * the values kept; a name given twice is refused in the object and the values kept, which are
     * all that is read (see {@link KeptDuplicates}), whether or not the parser refuses them too.
     */
    ObjectNode read(LocatedTree tree, JsonParser p) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        tree.checkingNames();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            boolean keep = kept.contains(name);
            if (keep) {
                KeptDuplicates.check(node, name);
            }
            p.nextToken();
            if (keep) {
                node.set(name, tree.read(p));
            } else {
                p.skipChildren();
            }
        }
        return node;
    }
}
