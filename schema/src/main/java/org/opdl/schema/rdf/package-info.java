/**
 * The standard's RDF form, read and written through one mapping that equals the JSON-LD
 * interpretation of a listing under the published context: concept codes become concept IRIs,
 * text becomes language-tagged literals, decimals stay lexical {@code xsd:decimal} strings, ordered
 * arrays become RDF lists and nested objects blank nodes. N-Triples is written and read listing by
 * listing; Turtle, JSON-LD and RDF/XML go through a Jena graph and so hold the file in memory.
 */
package org.opdl.schema.rdf;
