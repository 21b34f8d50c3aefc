/**
 * The OPDL model: the vocabulary, the career-stage scale, the listing types and the finding
 * types that every other module shares. It reads the standard's one definition, the data files
 * under {@code standard/} that ship in this jar, and does no other I/O. Sub-packages are named
 * after concepts of the standard.
 */
package org.opdl.model;
