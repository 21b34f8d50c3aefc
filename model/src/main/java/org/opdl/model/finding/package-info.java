/**
 * The findings that readers and the validator report, in one shape. A
 * {@link org.opdl.model.finding.Finding} carries a stable rule id, a
 * {@link org.opdl.model.finding.Severity} that matches SHACL's, a bilingual message and fix, and a
 * {@link org.opdl.model.finding.Location} given in the source's own terms: a JSON pointer with line
 * and column, a spreadsheet row and heading, or an RDF subject and predicate.
 */
package org.opdl.model.finding;
