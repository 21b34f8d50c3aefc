/**
 * The rule catalogue as data: every rule with its id, severity, layer, words in English and French,
 * and its conformance cases, the passing and failing listings that pin down what it reports.
 * {@code opdl rules} prints it, the documentation renders it, and one parameterised test runs every
 * case. Cases live in {@code conformance/<rule-id>.json} as JSON Merge Patches of one valid base
 * listing, so each case shows only what it changes.
 */
package org.opdl.validator.catalogue;
