/**
 * Listings as RDF, read and written through one mapping that equals the JSON-LD interpretation
 * under the bundled context: codes become concept IRIs, text language-tagged literals, decimals
 * lexical {@code xsd:decimal} strings, ordered arrays RDF lists and nested objects blank nodes.
 * N-Triples is written and read listing by listing; Turtle, JSON-LD and RDF/XML go through a Jena
 * graph and so hold the file in memory. The SHACL shapes and the JSON-LD reading run offline; a
 * document naming any other remote context fails with a clear message instead of reaching the network.
 */
package org.opdl.schema.rdf;
