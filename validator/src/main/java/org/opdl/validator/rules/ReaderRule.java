package org.opdl.validator.rules;

/**
 * A rule that the readers apply while they parse a file, such as JSON syntax. The validator turns a
 * reader's {@code ReadException} into a finding of this rule; the class exists so that the rule has
 * a place in the catalogue, its words and its conformance cases.
 *
 * @param info the rule's id, severity and layer
 */
public record ReaderRule(RuleInfo info) implements Rule {
}
