/**
 * The validator's rule catalogue. Each rule is one small class with a stable id
 * ({@code opdl.<area>.<name>}), a default severity and a layer; its words (title, meaning, message
 * templates and fix hints, in English and French) live in {@code messages_en.properties} and
 * {@code messages_fr.properties}, and its conformance cases in {@code conformance/<id>.json}.
 * {@link org.opdl.validator.rules.BuiltInRules} lists every built-in rule in one table, and a
 * {@link org.opdl.validator.rules.RuleRegistry} rejects duplicate ids. Rules are pure: they read a
 * {@link org.opdl.validator.rules.Listing} and report through an {@link org.opdl.validator.rules.Emitter}.
 */
package org.opdl.validator.rules;
