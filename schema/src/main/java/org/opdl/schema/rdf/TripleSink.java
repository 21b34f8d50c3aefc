package org.opdl.schema.rdf;

/** Receives the triples of listings as the mapping makes them, in the order it makes them. */
interface TripleSink {

    /** A new blank node, unique within the output. */
    Term blank();

    /** A triple whose object is a node. */
    void node(Term subject, String predicate, Term object);

    /**
     * A triple whose object is a literal.
     *
     * @param datatype the datatype IRI, or null for a plain string or a language-tagged literal
     * @param lang the language tag, or null
     */
    void literal(Term subject, String predicate, String lexical, String datatype, String lang);
}
