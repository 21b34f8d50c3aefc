/**
 * Validation reports and their renderings. A {@link org.opdl.validator.report.Report} holds the
 * findings of a run grouped by rule, with counts by severity, a capped number of occurrences per rule,
 * and floods (the same problem in every listing of a file) collapsed to one finding. Renderers write
 * it as text for people, as JSON with its own published schema, and as SARIF 2.1.0 for code-scanning
 * tools, in English or French.
 */
package org.opdl.validator.report;
