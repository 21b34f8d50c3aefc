/**
 * Bilingual text and the matching of free text against labels. {@link org.opdl.model.text.Lang}
 * names the two official languages the standard is written in, {@link org.opdl.model.text.Text}
 * holds one string in each, and {@link org.opdl.model.text.Folding} and
 * {@link org.opdl.model.text.Nearest} let labels match regardless of case, accents and spacing,
 * and suggest the closest candidates for a typo.
 */
package org.opdl.model.text;
