/**
 * How an {@code opdl} command ends: the one table of exit codes and the two exceptions that
 * commands throw for a usage error (exit 2) and for input that cannot be read (exit 3).
 */
package org.opdl.cli.exit;
