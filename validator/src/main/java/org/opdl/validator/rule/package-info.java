/**
 * The rule contract: what a rule is ({@link org.opdl.validator.rule.Rule} and its kinds
 * {@link org.opdl.validator.rule.RecordRule}, {@link org.opdl.validator.rule.DatasetRule},
 * {@link org.opdl.validator.rule.SchemaRule} and {@link org.opdl.validator.rule.ReaderRule}), how it
 * reports ({@link org.opdl.validator.rule.Emitter}), its identity ({@link org.opdl.validator.rule.RuleInfo},
 * {@link org.opdl.validator.rule.Layer}) and words ({@link org.opdl.validator.rule.Messages}), and what
 * it reads: a {@link org.opdl.validator.rule.Listing} and the {@link org.opdl.validator.rule.Standard}.
 * A {@link org.opdl.validator.rule.RuleRegistry} holds the rules a validator runs, with the words of
 * rules from outside the built-in set. A rule author reads this package and one built-in rule.
 */
package org.opdl.validator.rule;
