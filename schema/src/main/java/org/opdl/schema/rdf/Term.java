package org.opdl.schema.rdf;

/**
 * A subject or object node while a listing is written: an IRI or a blank node. Kept as a small
 * value so that the N-Triples fast path never builds Jena nodes.
 *
 * @param blank true for a blank node
 * @param value the IRI, or the blank node's label
 */
record Term(boolean blank, String value) {

    static Term iri(String iri) {
        return new Term(false, iri);
    }

    static Term blank(String label) {
        return new Term(true, label);
    }
}
