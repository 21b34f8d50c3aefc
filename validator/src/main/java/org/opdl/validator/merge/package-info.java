/**
 * Merging many providers' files into one dataset: the same listing id in two files, one
 * organisation described two ways, and two listings that look like the same program under
 * different ids are findings that name both places; {@link org.opdl.validator.merge.Merger.Prefer}
 * decides what a conflict keeps, and the result says what was kept and what was dropped.
 */
package org.opdl.validator.merge;
