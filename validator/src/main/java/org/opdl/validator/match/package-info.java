/**
 * Program matching for producers: a {@link org.opdl.validator.match.Profile} (completed works,
 * credits, years of practice, region, languages, target groups, budget, the date) against each
 * listing of a dataset. Each criterion is three-valued: it fits, it does not fit (with the reason
 * in plain words), or it is unknown because the listing does not state it. Programs that miss by
 * one credit, work or year are near misses; closed programs and passed deadlines are left out
 * unless asked for. The bounds and stages are those of the standard's career-stage scale.
 */
package org.opdl.validator.match;
