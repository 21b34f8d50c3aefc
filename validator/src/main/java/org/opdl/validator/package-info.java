/**
 * The OPDL validator: layered checks (syntax, structure, vocabulary, semantics) that turn a
 * dataset into findings, and the reports made of them.
 */
package org.opdl.validator;
