package org.opdl.validator.rule;

/**
 * A rule that the readers apply while they parse a file, such as JSON syntax; the readers list them
 * in {@link org.opdl.schema.format.ReaderRule}. The validator turns a reader's
 * {@code ReadException} or note into a finding of this rule; the class exists so that the rule has
 * a place in the catalogue, its words and its conformance cases.
 *
 * @param info the rule's id, severity and layer
 * @param stopsFile true when its finding means the file could not be read, so that the rule can be
 *     neither turned off nor made less than an error
 */
public record ReaderRule(RuleInfo info, boolean stopsFile) implements Rule {
}
