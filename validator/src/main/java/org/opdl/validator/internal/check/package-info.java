/**
 * Helpers several built-in rules share: Unicode forms, intake dates, links, eligibility bounds,
 * stage wordings, fingerprints for comparing listings, and the bounded memo that keeps answers for
 * texts that repeat across a file. Not API: public only so that the rules package can use them, and
 * no other module may.
 */
package org.opdl.validator.internal.check;
