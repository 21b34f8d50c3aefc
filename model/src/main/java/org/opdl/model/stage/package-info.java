/**
 * The career-stage scale of OPDL, its classifier, the mapping from a program's eligibility bounds
 * to the stages they admit, and the crosswalk from the words providers use to stages. The scale's
 * thresholds are data in {@code standard/career-stage/thresholds.csv}; this package applies them
 * and never hard-codes a number.
 */
package org.opdl.model.stage;
