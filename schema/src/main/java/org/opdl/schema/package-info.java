/**
 * The published artifacts of the OPDL standard and the offline machinery that loads them. Every
 * artifact is generated from {@link org.opdl.model.definition.StandardDefinition} and the
 * vocabulary, committed under {@code org/opdl/schema/0.2/} (the 0.1 artifacts stay published beside them, frozen), and read back from the jar; nothing here
 * reaches the network.
 */
package org.opdl.schema;
