package org.opdl.model.vocab;

/**
 * The fixed base and templates from which every OPDL IRI is made, so that any tool gives the same
 * IRI for the same scheme, concept, class or property.
 */
public final class Iris {

    /** The base of every IRI the standard mints. */
    public static final String BASE = "https://w3id.org/opdl/";
    /** The namespace of the standard's classes and properties (prefix {@code opdl:}). */
    public static final String NS = BASE + "ns#";
    /** The base of the concept schemes (prefix {@code opdlv:}). */
    public static final String VOCAB = BASE + "vocab/";
    /** The base of listing IRIs: {@code listing:<provider>/<local>} expands to {@code …/listing/<provider>/<local>}. */
    public static final String LISTING = BASE + "listing/";
    /** The base of provider IRIs: {@code provider:<code>} expands to {@code …/provider/<code>}. */
    public static final String PROVIDER = BASE + "provider/";

    private Iris() {
    }

    /** The IRI of a concept scheme. */
    public static String scheme(String scheme) {
        return VOCAB + scheme;
    }

    /** The IRI of a concept: the scheme's IRI, a slash, and the code. */
    public static String concept(String scheme, String code) {
        return VOCAB + scheme + "/" + code;
    }

    /** The IRI of a class or property of the standard's namespace. */
    public static String term(String localName) {
        return NS + localName;
    }

    /**
     * The full IRI of a listing or provider identifier: a {@code listing:} or {@code provider:}
     * prefixed name is expanded on the fixed base, any other identifier is returned as it is.
     */
    public static String expandId(String id) {
        if (id.startsWith("listing:")) {
            return LISTING + id.substring("listing:".length());
        }
        if (id.startsWith("provider:")) {
            return PROVIDER + id.substring("provider:".length());
        }
        return id;
    }
}
