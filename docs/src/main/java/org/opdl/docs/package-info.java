/**
 * Generates the OPDL specification site from the standard's one definition, the vocabulary and
 * the validator's rule metadata. Nothing depends on this module.
 */
package org.opdl.docs;
