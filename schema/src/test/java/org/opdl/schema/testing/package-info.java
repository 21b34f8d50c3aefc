/**
 * Test support shared with the validator and cli tests through the schema test-jar. The canary is
 * a loopback HTTP server that counts every request and every proxy connection; hostile fixtures
 * name it wherever a remote resource can appear, and the suite fails if it was ever reached.
 * Fixtures that both the readers' tests and the command-line tests read are kept here once.
 */
package org.opdl.schema.testing;
