package org.opdl.schema.rdf;

import java.util.Locale;
import java.util.Optional;
import org.opdl.model.field.FieldTree;
import org.opdl.model.vocab.Iris;

/**
 * A property named as a field of the standard but in a mistyped OPDL namespace, as a Turtle
 * {@code opdl:} prefix or an RDF/XML {@code xmlns:opdl} bound to {@code http://} instead of
 * {@code https://}, without its closing {@code #}, or with a letter swapped: every triple of the
 * file then names a property the standard does not have, and the refusal says which address to bind.
 */
final class MistypedNamespace {

    /** The part of the standard's namespace that a mistyped one still holds, or nearly. */
    private static final String[] NEARLY = {"w3id.org/opdl", "w3id.org/odpl", "opdl/ns", "w3id.org/opld"};

    private MistypedNamespace() {
    }

    /**
     * The refusal's words when {@code property} is outside the standard's namespace and its local
     * name is a property of {@code tree} under a namespace like the standard's, or empty.
     */
    static Optional<PropertyHomes.Words> of(FieldTree tree, String property) {
        if (property.startsWith(Iris.NS) || !looksLikeOpdl(property)) {
            return Optional.empty();
        }
        String local = localName(property, tree);
        if (local == null) {
            return Optional.empty();
        }
        String namespace = property.substring(0, property.length() - local.length());
        return Optional.of(new PropertyHomes.Words(
                RdfMessages.MISTYPED_NAMESPACE.text(property, "opdl:" + local, namespace, Iris.NS),
                RdfMessages.MISTYPED_NAMESPACE_FIX.text(Iris.NS)));
    }

    private static boolean looksLikeOpdl(String property) {
        String lower = property.toLowerCase(Locale.ROOT);
        for (String nearly : NEARLY) {
            if (lower.contains(nearly)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The standard's property name that ends {@code property}: what follows its last {@code #} or
     * {@code /}, or, when the namespace lost its {@code #}, what follows {@code ns}; null when neither is one.
     */
    private static String localName(String property, FieldTree tree) {
        int cut = Math.max(property.lastIndexOf('#'), property.lastIndexOf('/'));
        String local = property.substring(cut + 1);
        if (isProperty(local, tree)) {
            return local;
        }
        int ns = property.lastIndexOf("/ns");
        if (ns >= 0 && ns == cut) {
            local = property.substring(ns + 3);
            return isProperty(local, tree) ? local : null;
        }
        return null;
    }

    private static boolean isProperty(String local, FieldTree tree) {
        return !local.isEmpty() && !tree.withProperty(Iris.NS + local).isEmpty();
    }
}
