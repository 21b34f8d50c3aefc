/**
 * Bilingual text and the matching of free text against labels. {@link org.opdl.model.text.Lang}
 * names the two official languages the standard is written in, {@link org.opdl.model.text.Text}
 * holds one string in each, and {@link org.opdl.model.text.Folding} and
 * {@link org.opdl.model.text.Nearest} let labels match regardless of case, accents and spacing,
 * and suggest the closest candidates for a typo. {@link org.opdl.model.text.Bundle} reads a
 * message bundle in both languages, whose messages code names through {@link org.opdl.model.text.Message} constants.
 */
package org.opdl.model.text;
