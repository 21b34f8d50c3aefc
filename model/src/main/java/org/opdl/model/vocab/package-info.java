/**
 * The OPDL vocabulary: SKOS-style concept schemes (career stage, program type, delivery mode,
 * topic, target group, region and the smaller lists a listing uses), read from the CSV files under
 * {@code standard/vocabulary/} that an industry body edits. {@link org.opdl.model.vocab.Vocabulary}
 * loads them once and answers lookups of codes, labels and alternative labels in either language.
 */
package org.opdl.model.vocab;
