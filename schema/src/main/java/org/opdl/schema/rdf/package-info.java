/**
 * Listings as RDF: the JSON-LD reading that uses only the bundled context, and the bundled SHACL
 * shapes. Both run offline; a document that names any other remote context fails with a clear
 * message instead of reaching the network.
 */
package org.opdl.schema.rdf;
