/**
 * The career-stage scale of OPDL, its classifier, the mapping from a program's eligibility bounds
 * to the stages they admit, and the reader of the words providers use for stages. The scale's
 * thresholds are data in {@code standard/career-stage/thresholds.csv}; this package applies them
 * and never hard-codes a number. The reader's words are data too: the crosswalk of stage wordings
 * ({@code crosswalk.csv}) and the words that name no stage, with their roles
 * ({@code wording-words.csv}); its accuracy is measured on {@code wording-corpus.csv}.
 */
package org.opdl.model.stage;
