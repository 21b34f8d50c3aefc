/**
 * The built-in rules, one small package-private class each, and
 * {@link org.opdl.validator.rules.BuiltInRules}, the one table that lists them in catalogue order.
 * Each rule has a stable id ({@code opdl.<area>.<name>}), a default severity and a layer; its words
 * (title, meaning, message templates and fix hints, in English and French) live in
 * {@code messages_en.properties} and {@code messages_fr.properties} beside this package, and its
 * conformance cases in {@code conformance/<id>.json}. The contract rules implement is in
 * {@link org.opdl.validator.rule}.
 */
package org.opdl.validator.rules;
