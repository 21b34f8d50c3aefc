/**
 * The structure layer: the published JSON Schema of a listing, run once per listing. A gate
 * compiled from the schema accepts the listings that surely pass it without running the full
 * evaluator (networknt), which only runs, to name each error, when the gate finds one. Speed-only
 * machinery, not API; no other module may use it.
 */
package org.opdl.validator.internal.schema;
