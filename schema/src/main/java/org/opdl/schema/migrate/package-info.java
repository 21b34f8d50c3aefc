/**
 * Moving listings written for an earlier version of the standard to the current one, without
 * loss: {@link org.opdl.schema.migrate.Migration}.
 */
package org.opdl.schema.migrate;
